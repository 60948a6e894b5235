package org.onewindow.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.testsupport.MosquittoProcess;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.server.testsupport.TestServer;

/**
 * A hall's Mosquitto 2.0.11 reading the password and ACL files the server writes: what the manager
 * does to a device in the console reaches the broker with nothing more than a reload
 * ({@code kill -HUP}), as docs/security.md tells the operator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MosquittoPasswordFileTest {

    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final HallTopics TOPICS = HallTopics.forHall("testhall");
    /** A reload takes milliseconds; a loaded machine is slow, not wrong. */
    private static final Duration RELOAD = Duration.ofSeconds(15);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
        registry.add("onewindow.mqtt.mosquitto-acl-file", () -> acl().toString());
        registry.add("onewindow.mqtt.mosquitto-password-file", () -> passwords().toString());
    }

    @LocalServerPort
    int port;

    @Test
    void registeringReKeyingAndDisablingADeviceInTheConsoleReachMosquittoAtItsReload() throws Exception {
        Assumptions.assumeTrue(MosquittoProcess.available(), "no mosquitto on this machine");
        try (MosquittoProcess mosquitto = new MosquittoProcess(List.of("allow_anonymous false",
                "password_file " + passwords(), "acl_file " + acl()));
             ProbeClient server = ProbeClient.connect(mosquitto.uri(), TestDevices.SERVER_USER, TestDevices.SERVER_PASSWORD)) {
            assertThat(server.subscribe("hall/v1/testhall/#")).as("the server's own account, hashed at start").isTrue();
            assertThatThrownBy(() -> ProbeClient.connect(mosquitto.uri(), "kiosk-1", TestDevices.token("kiosk-1")).close())
                    .as("a device seeded with only its token's SHA-256 has no line").isInstanceOf(MqttException.class);
            // Its line is the administrator's to add; the server keeps it when it rewrites the file.
            passwd("-b", passwords().toString(), "kiosk-1", TestDevices.token("kiosk-1"));

            String first = tokenOf(post("/api/accounts/devices", "{\"id\":\"board-new\",\"kind\":\"BOARD\",\"hall\":\"testhall\"}", 201));
            assertThat(Files.readString(passwords())).contains("board-new:$7$1000$").doesNotContain(first);
            assertThatThrownBy(() -> ProbeClient.connect(mosquitto.uri(), "board-new", first).close())
                    .as("not before the reload").isInstanceOf(MqttException.class);
            mosquitto.reload();
            try (ProbeClient board = await().atMost(RELOAD).ignoreExceptions()
                    .until(() -> ProbeClient.connect(mosquitto.uri(), "board-new", first), c -> true);
                 ProbeClient kiosk = ProbeClient.connect(mosquitto.uri(), "kiosk-1", TestDevices.token("kiosk-1"))) {
                assertThat(kiosk.subscribe(TOPICS.board())).isTrue();
                // Mosquitto grants every subscription and delivers only what the ACL lets the account read.
                assertThat(board.subscribe(TOPICS.board())).isTrue();
                server.publish(TOPICS.board(), "{}", false);
                await("its ACL came with it").atMost(RELOAD)
                        .until(() -> board.arrived.stream().anyMatch(m -> m.topic().equals(TOPICS.board())));

                String second = tokenOf(post("/api/accounts/devices/board-new/rotate-token", "", 200));
                mosquitto.reload();
                await().atMost(RELOAD).until(() -> board.losses.get() == 1);
                assertThatThrownBy(() -> ProbeClient.connect(mosquitto.uri(), "board-new", first).close())
                        .isInstanceOf(MqttException.class);

                try (ProbeClient renewed = ProbeClient.connect(mosquitto.uri(), "board-new", second)) {
                    assertThat(renewed.subscribe(TOPICS.board())).isTrue();

                    post("/api/accounts/devices/board-new/disable", "", 200);
                    assertThat(Files.readString(passwords())).doesNotContain("board-new:");
                    mosquitto.reload();
                    await().atMost(RELOAD).until(() -> renewed.losses.get() == 1);
                    assertThatThrownBy(() -> ProbeClient.connect(mosquitto.uri(), "board-new", second).close())
                            .isInstanceOf(MqttException.class);
                }
                assertThat(kiosk.subscribe(TOPICS.serverPresence())).isTrue();
                assertThat(kiosk.losses.get()).as("the administrator's line outlived three rewrites").isZero();
            }
            assertThat(server.subscribe(TOPICS.serverPresence())).isTrue();
            assertThat(server.losses.get()).as("the server's password still matches at every reload").isZero();
        }
    }

    private static void passwd(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("mosquitto_passwd"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("mosquitto_passwd.log").toFile()).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0).as(String.join(" ", command)).isTrue();
    }

    private static Path acl() {
        return dataDir.resolve("mosquitto/onewindow.acl");
    }

    private static Path passwords() {
        return dataDir.resolve("mosquitto/onewindow.passwd");
    }

    private Reply post(String path, String body, int status) {
        Reply reply = new Http(port).post(path, MANAGER, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        return reply;
    }

    @SuppressWarnings("unchecked")
    private static String tokenOf(Reply reply) {
        return (String) JsonCodec.fromJson(reply.body(), Map.class).get("token");
    }
}
