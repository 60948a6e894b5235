package org.onewindow.server.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.DeviceHealth;
import org.onewindow.protocol.mqtt.DevicePresenceOptions;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.rest.DeviceView;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.protocol.testsupport.TestBroker;
import org.onewindow.server.testsupport.TestServer;

/**
 * A real server on a real broker, with devices that connect with their presence and last-will as
 * kiosks and boards do; the manager reads them over REST.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class DeviceDirectoryTest {

    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final HallTopics TOPICS = HallTopics.forHall("testhall");
    // A broker of the test's own, to cut a device off as a network failure would.
    private static final TestBroker BROKER = new TestBroker();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
        registry.add("onewindow.mqtt.url", BROKER::uri);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @LocalServerPort
    int port;

    private Http http;
    private final List<MqttGateway> connections = new CopyOnWriteArrayList<>();

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @AfterEach
    void disconnect() {
        connections.forEach(MqttGateway::close);
    }

    private MqttGateway connect(MqttOptions options) {
        MqttGateway gateway = MqttGateways.connect(options);
        connections.add(gateway);
        await().atMost(Duration.ofSeconds(5)).until(gateway::isConnected);
        return gateway;
    }

    /** A device as kiosks and boards connect: retained presence online, offline as last-will. */
    private MqttGateway device(String clientId, String deviceId, String kind) {
        return connect(DevicePresenceOptions.withPresence(MqttOptions.of(BROKER.uri(), clientId), "testhall",
                deviceId, kind, Instant.now()));
    }

    private static void reportHealth(MqttGateway gateway, String deviceId, String kind, DeviceHealth.Component... parts) {
        gateway.publish(TOPICS.deviceHealth(deviceId),
                JsonCodec.toBytes(new DeviceHealth(deviceId, kind, List.of(parts), Instant.now())), 1, true).join();
    }

    private List<DeviceView> listed() {
        Reply reply = http.get("/api/halls/testhall/devices", MANAGER);
        assertThat(reply.status()).isEqualTo(200);
        return List.of(JsonCodec.fromJson(reply.body(), DeviceView[].class));
    }

    private Optional<DeviceView> listed(String deviceId) {
        return listed().stream().filter(d -> d.deviceId().equals(deviceId)).findFirst();
    }

    private static String clientId(String deviceId) {
        return deviceId + "-" + UUID.randomUUID();
    }

    @Test
    void devicesAreListedByKindThenIdWithTheirWorstHealthAndABoardThatDiesTurnsOffline() {
        MqttGateway kiosk1 = device(clientId("kiosk-1"), "kiosk-1", "KIOSK");
        reportHealth(kiosk1, "kiosk-1", "KIOSK", new DeviceHealth.Component("printer", "WARNING", "纸将尽"),
                new DeviceHealth.Component("idcard-reader", "OK", ""));
        MqttGateway kiosk2 = device(clientId("kiosk-2"), "kiosk-2", "KIOSK");
        reportHealth(kiosk2, "kiosk-2", "KIOSK", new DeviceHealth.Component("printer", "FAULT", "缺纸"),
                new DeviceHealth.Component("scanner", "WARNING", "无应答"));
        device(clientId("a-screen"), "a-screen", "WINDOW_SCREEN");
        String boardClient = clientId("board-main");
        MqttGateway board = device(boardClient, "board-main", "BOARD");
        await().atMost(Duration.ofSeconds(15)).until(() -> listed().size() >= 4
                && listed("kiosk-2").map(d -> d.health().size() == 2).orElse(false)
                && listed("kiosk-1").map(d -> d.health().size() == 2).orElse(false));

        Instant beforeTheCut = Instant.now();
        BROKER.drop(boardClient);
        // The broker sent its last-will; it stays dead (its client would come back within 100 ms, which a
        // listing on a loaded machine can miss).
        board.close();
        List<DeviceView> devices = await().atMost(Duration.ofSeconds(15)).until(() -> listed().stream()
                        .filter(d -> Set.of("kiosk-1", "kiosk-2", "a-screen", "board-main").contains(d.deviceId())).toList(),
                listing -> listing.stream().anyMatch(d -> d.deviceId().equals("board-main") && !d.online()));
        assertThat(devices).extracting(DeviceView::deviceId).containsExactly("board-main", "kiosk-1", "kiosk-2", "a-screen");
        assertThat(devices).extracting(DeviceView::worstHealth).containsExactly("OK", "WARNING", "FAULT", "OK");
        assertThat(devices).extracting(DeviceView::online).containsExactly(false, true, true, true);
        DeviceView boardListed = devices.get(0);
        // The last-will carries the time the board connected; the directory dates the cut itself.
        assertThat(boardListed.since()).isAfterOrEqualTo(beforeTheCut);
        assertThat(boardListed.lastHeard()).isAfterOrEqualTo(beforeTheCut);
        DeviceView kiosk = devices.get(1);
        assertThat(kiosk.kind()).isEqualTo("KIOSK");
        // The printer's words are those of a known condition, named by its code for the console.
        assertThat(kiosk.health()).containsExactly(new DeviceHealth.Component("printer", "WARNING", "纸将尽", "PRINTER_PAPER_LOW"),
                new DeviceHealth.Component("idcard-reader", "OK", ""));
        assertThat(kiosk.since()).isBefore(beforeTheCut);
        assertThat(kiosk.lastHeard()).isAfterOrEqualTo(kiosk.since());
    }

    @Test
    void malformedMessagesAreLoggedAndIgnored(CapturedOutput output) {
        MqttGateway kiosk = device(clientId("kiosk-7"), "kiosk-7", "KIOSK");
        reportHealth(kiosk, "kiosk-7", "KIOSK", new DeviceHealth.Component("printer", "OK", ""));
        await().atMost(Duration.ofSeconds(5)).until(() -> listed("kiosk-7").map(d -> d.health().size() == 1).orElse(false));

        MqttGateway tool = connect(MqttOptions.of(BROKER.uri(), clientId("tool")));
        tool.publish(TOPICS.devicePresence("kiosk-8"), "{not json".getBytes(StandardCharsets.UTF_8), 1, true).join();
        // Another device's report on kiosk-7's topic.
        tool.publish(TOPICS.deviceHealth("kiosk-7"), JsonCodec.toBytes(new DeviceHealth("kiosk-9", "KIOSK",
                List.of(new DeviceHealth.Component("printer", "FAULT", "缺纸")), Instant.now())), 1, false).join();

        await().atMost(Duration.ofSeconds(5)).until(() ->
                output.getAll().contains("Ignoring a malformed message on " + TOPICS.devicePresence("kiosk-8"))
                        && output.getAll().contains("Ignoring a malformed message on " + TOPICS.deviceHealth("kiosk-7")));
        assertThat(listed()).extracting(DeviceView::deviceId).contains("kiosk-7").doesNotContain("kiosk-8", "kiosk-9");
        assertThat(listed("kiosk-7").orElseThrow().worstHealth()).isEqualTo("OK");
    }

    @Test
    void clearingADevicesRetainedPresenceTakesItOffTheList() {
        MqttGateway kiosk = device(clientId("kiosk-5"), "kiosk-5", "KIOSK");
        await().atMost(Duration.ofSeconds(5)).until(() -> listed("kiosk-5").isPresent());
        kiosk.close();
        MqttGateway tool = connect(MqttOptions.of(BROKER.uri(), clientId("tool")));
        tool.publish(TOPICS.devicePresence("kiosk-5"), new byte[0], 1, true).join();
        await().atMost(Duration.ofSeconds(5)).until(() -> listed("kiosk-5").isEmpty());
    }

    @Test
    void anUnknownHallIs404() {
        Reply reply = http.get("/api/halls/nohall/devices", MANAGER);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).contains("\"code\":\"NOT_FOUND\"", "nohall");
    }
}
