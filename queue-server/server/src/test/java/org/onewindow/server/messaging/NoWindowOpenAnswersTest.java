package org.onewindow.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.calling.CallingService;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestServer;
import org.onewindow.server.testsupport.TestDevices;

/**
 * A real server with its embedded Redis and broker: while no window serves 不动产登记, the area queue
 * published over MQTT and the answer behind the ticket's QR code both say so and give no estimate;
 * once a window signs in, both give the estimate again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoWindowOpenAnswersTest {

    private static final HallTopics TOPICS = HallTopics.forHall("testhall");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;
    @Autowired
    HallConnections connections;
    @Autowired
    CallingService calling;

    private MqttGateway board;

    @AfterEach
    void close() {
        if (board != null) {
            board.close();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> published(Map<String, byte[]> retained) {
        return JsonCodec.fromBytes(retained.get(TOPICS.areaQueue("estate")), Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> tracked(Http http, TicketView ticket) {
        Reply reply = http.get("/api/halls/testhall/track/" + ticket.trackingCode(), null);
        assertThat(reply.status()).isEqualTo(200);
        return JsonCodec.fromJson(reply.body(), Map.class);
    }

    @Test
    void theAreaQueueAndTheTrackingAnswerSayNoWindowIsOpenUntilOneSignsIn() {
        Map<String, byte[]> retained = new ConcurrentHashMap<>();
        board = MqttGateways.connect(TestDevices.mqtt(connections.brokerUri(), "board-main"));
        board.subscribe(TOPICS.areaQueue("estate"), 1, (topic, payload, isRetained) -> retained.put(topic, payload));
        Http http = new Http(port);
        Reply issued = http.post("/api/halls/testhall/tickets", Http.bearer("demo-kiosk-token"),
                "{\"requestId\":\"" + UUID.randomUUID() + "\",\"areaId\":\"estate\"}");
        assertThat(issued.status()).isEqualTo(201);
        TicketView ticket = JsonCodec.fromJson(issued.body(), TicketView.class);

        await().atMost(Duration.ofSeconds(5)).until(() -> retained.containsKey(TOPICS.areaQueue("estate"))
                && ((Number) published(retained).get("waiting")).intValue() == 1);
        assertThat(published(retained)).containsEntry("openWindows", 0).containsEntry("noWindowOpen", true)
                .containsEntry("estimatedWaitSeconds", null);
        assertThat(tracked(http, ticket)).containsEntry("noWindowOpen", true)
                .containsEntry("estimatedWaitSeconds", null)
                .containsEntry("peopleAhead", 0);

        calling.signIn("testhall", "5", "clerk05");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> Integer.valueOf(1).equals(published(retained).get("openWindows")));
        // One waiting, 15 minutes a service by default, one window.
        assertThat(published(retained)).containsEntry("noWindowOpen", false).containsEntry("estimatedWaitSeconds", 900);
        assertThat(tracked(http, ticket)).containsEntry("noWindowOpen", false).containsEntry("estimatedWaitSeconds", 0);
    }
}
