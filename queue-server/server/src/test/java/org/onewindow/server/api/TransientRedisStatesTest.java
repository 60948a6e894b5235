package org.onewindow.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.rpc.RpcReply;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestRedis;
import org.onewindow.server.testsupport.TestServer;
import org.onewindow.server.testsupport.TroubledRedis;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.protocol.testsupport.FreePorts;

/**
 * What devices and consoles are told while Redis cannot answer for a moment (loading its data,
 * busy with a script, refusing writes after a failed save, gone): 503 with Retry-After, or
 * UNAVAILABLE over MQTT, and the same request succeeds once Redis is back. A script's own refusal
 * stays 409. Runs on a real Redis that the test puts in each state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TransientRedisStatesTest {

    private static final String KIOSK = Http.bearer("demo-kiosk-token");
    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final String TICKETS = "/api/halls/testhall/tickets";
    private static final int MQTT_PORT = FreePorts.any();
    private static final TroubledRedis REDIS = new TroubledRedis();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.onRedis(registry, dataDir, REDIS.port(), MQTT_PORT);
    }

    @LocalServerPort
    int port;

    private TroubledRedis.State state = () -> { };

    @AfterEach
    void endTheState() {
        state.end();
    }

    @AfterAll
    static void stopRedis() {
        REDIS.close();
    }

    private static String ticketRequest(String requestId) {
        return "{\"requestId\":\"" + requestId + "\",\"areaId\":\"social\"}";
    }

    private static void assertTryAgain(Reply reply) {
        assertThat(reply.status()).isEqualTo(503);
        assertThat(Integer.parseInt(reply.header("Retry-After"))).isPositive();
        ApiError error = JsonCodec.fromJson(reply.body(), ApiError.class);
        assertThat(error.status()).isEqualTo(503);
        assertThat(error.code()).isEqualTo(RpcReply.UNAVAILABLE);
        assertThat(error.message()).contains("try again");
    }

    /** The kiosk's retry with the same request id, as it sends it once the pause is over. */
    private TicketView retriedUntilIssued(Http http, String body) {
        Reply[] last = new Reply[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = http.post(TICKETS, KIOSK, body);
            return last[0].status() == 201 || last[0].status() == 200;
        });
        return JsonCodec.fromJson(last[0].body(), TicketView.class);
    }

    @Test
    void whileRedisLoadsItsDataAKioskIsToldToTryAgainAndItsRetryGetsTheTicket() {
        Http http = new Http(port);
        String body = ticketRequest(UUID.randomUUID().toString());
        state = REDIS.loading();

        assertTryAgain(http.post(TICKETS, KIOSK, body));

        state.end();
        TicketView ticket = retriedUntilIssued(http, body);
        assertThat(ticket.areaId()).isEqualTo("social");
        assertThat(http.post(TICKETS, KIOSK, body).status()).as("the same request id gets the same ticket").isEqualTo(200);
    }

    @Test
    void whileAScriptKeepsRedisBusyAKioskIsToldToTryAgain() {
        Http http = new Http(port);
        String body = ticketRequest(UUID.randomUUID().toString());
        state = REDIS.busy(Duration.ofSeconds(5));

        assertTryAgain(http.post(TICKETS, KIOSK, body));

        state.end();
        assertThat(retriedUntilIssued(http, body).areaId()).isEqualTo("social");
    }

    @Test
    void whileRedisRefusesWritesAfterAFailedSaveAKioskIsToldToTryAgain() {
        Http http = new Http(port);
        String body = ticketRequest(UUID.randomUUID().toString());
        state = REDIS.refusingWrites();

        assertTryAgain(http.post(TICKETS, KIOSK, body));

        state.end();
        assertThat(retriedUntilIssued(http, body).areaId()).isEqualTo("social");
    }

    @Test
    void whileRedisIsGoneAKioskIsToldToTryAgainAndGetsItsTicketWhenRedisIsBack() {
        Http http = new Http(port);
        String body = ticketRequest(UUID.randomUUID().toString());
        REDIS.stop();
        state = REDIS::start;

        assertTryAgain(http.post(TICKETS, KIOSK, body));

        state.end();
        state = () -> { };
        assertThat(retriedUntilIssued(http, body).areaId()).isEqualTo("social");
    }

    @Test
    void aConsoleSignedInByItsCookieIsToldToTryAgainToo() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/session"))
                .header("Content-Type", "application/json")
                // The double-submitted token a console page sends (any value, the same in both).
                .header("Cookie", "XSRF-TOKEN=console-test").header("X-XSRF-TOKEN", "console-test")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"manager\",\"password\":\"demo-manager\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("OW_SESSION="))
                .findFirst().orElseThrow().split(";")[0];
        state = REDIS.loading();

        HttpResponse<String> board = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/halls/testhall/board")).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertTryAgain(new Reply(board.statusCode(), board.body(), board.headers()));
    }

    @Test
    void aScriptsOwnRefusalIsStillAConflict() {
        Http http = new Http(port);
        http.post("/api/halls/testhall/windows/5/sign-out", MANAGER, "");
        Reply callNext = http.post("/api/halls/testhall/windows/5/call-next", MANAGER, "");

        assertThat(callNext.status()).isEqualTo(409);
        assertThat(JsonCodec.fromJson(callNext.body(), ApiError.class).code()).isEqualTo("NOT_SIGNED_IN");
    }

    @Test
    void aTerminalAskingWhileRedisLoadsIsToldToTryAgainAndTheSameRequestIsAnsweredLater() {
        HallTopics topics = HallTopics.forHall("testhall");
        MqttGateway terminal = MqttGateways.connect(TestDevices.mqtt("tcp://127.0.0.1:" + MQTT_PORT, "terminal-1"));
        try {
            await().atMost(Duration.ofSeconds(10)).until(terminal::isConnected);
            List<RpcReply> replies = new CopyOnWriteArrayList<>();
            String replyTopic = topics.deviceReplies("terminal-1");
            terminal.subscribeToExchanges(replyTopic, 1, (topic, payload, exchange) ->
                    replies.add(JsonCodec.fromBytes(payload, RpcReply.class))).join();
            byte[] request = "{\"identity\":{\"idNumber\":\"622901198801010049\",\"name\":\"王芳\"}}".getBytes(StandardCharsets.UTF_8);
            MqttGateway.Exchange exchange = new MqttGateway.Exchange(replyTopic, "ask-1".getBytes(StandardCharsets.UTF_8));
            state = REDIS.loading();

            terminal.publishExchange(topics.deviceRequest("terminal-1", "cases.mine"), request, 1, exchange).join();
            await().atMost(Duration.ofSeconds(10)).until(() -> replies.size() == 1);
            assertThat(replies.get(0).ok()).isFalse();
            assertThat(replies.get(0).code()).isEqualTo(RpcReply.UNAVAILABLE);

            state.end();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                terminal.publishExchange(topics.deviceRequest("terminal-1", "cases.mine"), request, 1, exchange).join();
                return replies.stream().anyMatch(RpcReply::ok);
            });
            assertThat(replies).filteredOn(RpcReply::ok).first().extracting(RpcReply::body).isEqualTo("[]");
        } finally {
            terminal.close();
        }
    }
}
