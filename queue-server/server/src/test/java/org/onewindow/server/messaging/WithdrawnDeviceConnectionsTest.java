package org.onewindow.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.server.testsupport.TestServer;

/**
 * A real server with its embedded broker, and devices connected to it as real devices are: when the
 * manager disables a device or gives it a new token, its open connection ends at once and the old
 * credentials connect no more, while the hall's other devices stay connected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WithdrawnDeviceConnectionsTest {

    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final HallTopics TOPICS = HallTopics.forHall("testhall");
    /** Far more than the cut takes (milliseconds); a loaded machine is slow, not wrong. */
    private static final Duration CUT = Duration.ofSeconds(10);

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

    @Test
    void aDisabledDeviceLosesItsOpenConnectionAndIsRefusedWhenItComesBack() throws Exception {
        String token = register("board-cut", "BOARD");
        try (ProbeClient board = ProbeClient.connect(connections.brokerUri(), "board-cut", token);
             ProbeClient other = device("board-main")) {
            assertThat(board.subscribe(TOPICS.board())).isTrue();
            assertThat(other.subscribe(TOPICS.board())).isTrue();

            assertThat(post("/api/accounts/devices/board-cut/disable").status()).isEqualTo(200);

            await().atMost(CUT).until(() -> board.losses.get() == 1);
            assertThat(board.isConnected()).isFalse();
            assertThatThrownBy(() -> ProbeClient.connect(connections.brokerUri(), "board-cut", token).close())
                    .isInstanceOf(MqttException.class);
            stillConnected(other);
        }

        assertThat(post("/api/accounts/devices/board-cut/enable").status()).isEqualTo(200);
        try (ProbeClient enabledAgain = ProbeClient.connect(connections.brokerUri(), "board-cut", token)) {
            assertThat(enabledAgain.subscribe(TOPICS.board())).isTrue();
        }
    }

    @Test
    void aNewTokenEndsTheSessionOfTheOldOneAndConnectsItself() throws Exception {
        String oldToken = register("kiosk-cut", "KIOSK");
        try (ProbeClient kiosk = ProbeClient.connect(connections.brokerUri(), "kiosk-cut", oldToken);
             ProbeClient other = device("kiosk-1")) {
            assertThat(kiosk.subscribe(TOPICS.board())).isTrue();
            assertThat(other.subscribe(TOPICS.board())).isTrue();

            Reply rotated = post("/api/accounts/devices/kiosk-cut/rotate-token");
            assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
            String newToken = tokenOf(rotated);

            await().atMost(CUT).until(() -> kiosk.losses.get() == 1);
            assertThat(kiosk.isConnected()).isFalse();
            assertThatThrownBy(() -> ProbeClient.connect(connections.brokerUri(), "kiosk-cut", oldToken).close())
                    .isInstanceOf(MqttException.class);
            try (ProbeClient renewed = ProbeClient.connect(connections.brokerUri(), "kiosk-cut", newToken)) {
                assertThat(renewed.subscribe(TOPICS.board())).isTrue();
                stillConnected(renewed);
            }
            stillConnected(other);
        }
    }

    /**
     * A round trip through the gate: every open connection was told of the change before the
     * manager's request was answered, so one still standing after it was judged and kept.
     */
    private static void stillConnected(ProbeClient device) {
        assertThat(device.subscribe(TOPICS.serverPresence())).isTrue();
        assertThat(device.isConnected()).isTrue();
        assertThat(device.losses.get()).isZero();
    }

    private ProbeClient device(String id) throws MqttException {
        return ProbeClient.connect(connections.brokerUri(), id, TestDevices.token(id));
    }

    private String register(String id, String kind) {
        Reply registered = new Http(port).post("/api/accounts/devices", MANAGER,
                "{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"hall\":\"testhall\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return tokenOf(registered);
    }

    private Reply post(String path) {
        return new Http(port).post(path, MANAGER, "");
    }

    @SuppressWarnings("unchecked")
    private static String tokenOf(Reply reply) {
        return (String) JsonCodec.fromJson(reply.body(), Map.class).get("token");
    }
}
