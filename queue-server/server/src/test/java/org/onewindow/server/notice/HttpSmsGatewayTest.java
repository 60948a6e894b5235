package org.onewindow.server.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import org.onewindow.protocol.json.JsonCodec;

/**
 * The HTTP adapter against a provider's stand-in on 127.0.0.1: what it sends (the key in a header,
 * the number in the body only, the template of the notice's kind, the message id as request id)
 * and that anything but a 2xx answer is a failed send, so the pipeline tries again.
 */
class HttpSmsGatewayTest {

    /** A request as the stand-in received it. */
    record Received(String path, String authorization, String body) {
    }

    private HttpServer provider;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(200);

    @BeforeEach
    void start() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/sms/send", exchange -> {
            received.add(new Received(exchange.getRequestURI().toString(), exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] reply = "{\"code\":\"OK\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.get(), reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.stop(0);
    }

    private HttpSmsGateway gateway() {
        return new HttpSmsGateway(new SmsSettings("http", "http://127.0.0.1:" + provider.getAddress().getPort() + "/sms/send",
                "key-123", "TPL_NEAR", "TPL_CALLED", "临夏州政务服务中心"));
    }

    @Test
    void aNoticeIsPostedWithTheKeyTheTemplateOfItsKindAndItsIdAsRequestId() {
        gateway().send(new SmsMessage("linxia:20261202-0001:CALLED", "13812345678", "CALLED", "…",
                Map.of("number", "A001", "window", "5")));
        assertThat(received).hasSize(1);
        Received r = received.get(0);
        assertThat(r.path()).isEqualTo("/sms/send").doesNotContain("138");
        assertThat(r.authorization()).isEqualTo("Bearer key-123");
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JsonCodec.fromJson(r.body(), Map.class);
        assertThat(body).containsEntry("requestId", "linxia:20261202-0001:CALLED").containsEntry("phone", "13812345678")
                .containsEntry("templateId", "TPL_CALLED").containsEntry("signName", "临夏州政务服务中心")
                .containsEntry("params", Map.of("number", "A001", "window", "5"));
    }

    @Test
    void aRefusalIsAFailedSendThatNamesNoNumber() {
        answer.set(500);
        assertThatThrownBy(() -> gateway().send(new SmsMessage("m1", "13812345678", "NEAR", "…", Map.of())))
                .hasMessageContaining("HTTP 500").hasMessageContaining("138****5678").hasMessageNotContaining("13812345678");
    }

    @Test
    void aProviderThatIsNotThereIsAFailedSend() {
        HttpSmsGateway gateway = gateway();
        provider.stop(0);
        assertThatThrownBy(() -> gateway.send(new SmsMessage("m2", "13812345678", "NEAR", "…", Map.of())))
                .hasMessageContaining("did not answer");
    }

    @Test
    void theHttpGatewayNeedsAnAddress() {
        assertThatThrownBy(() -> new HttpSmsGateway(new SmsSettings("http", "", "", "", "", "")))
                .hasMessageContaining("onewindow.sms.url");
    }
}
