package org.onewindow.server.glance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.evaluator.EvaluatorClient;
import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.DeviceHealth;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.message.RatingLevel;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.rest.DeviceAlert;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.testsupport.FreePorts;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.testsupport.HallRestDriver;

/**
 * The glance of a running demo hall, read by the manager only: every window's tile in the state
 * its clerk put it in, every area against the tidal thresholds of the hall file, and what needs a
 * manager raised as it happens (no window for a waiting citizen, a device fault until someone
 * acknowledges it, a bad rating from a window's evaluator) and gone once it is seen to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GlanceApiTest {

    private static final String HALL = "linxia";
    private static final String GLANCE = "/api/halls/linxia/glance";
    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final int MQTT_PORT = FreePorts.any();
    private static final HallTopics TOPICS = HallTopics.forHall(HALL);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> MQTT_PORT);
        registry.add("onewindow.halls.files", () -> "classpath:halls/linxia.yml");
        TestDevices.register(registry, HALL, TestDevices.Device.of("kiosk-7", "KIOSK"),
                TestDevices.Device.atWindow("evaluator-12", "EVALUATOR", "12"));
    }

    @LocalServerPort
    int port;

    @Test
    void onlyTheManagerReadsTheGlance() {
        Http http = new Http(port);
        assertThat(http.get(GLANCE, MANAGER).status()).isEqualTo(200);
        assertThat(http.get(GLANCE, Http.basic("clerk01", "demo-clerk")).status()).isEqualTo(403);
        assertThat(http.get(GLANCE, Http.bearer(TestDevices.token("kiosk-7"))).status()).isEqualTo(403);
        assertThat(http.get(GLANCE, null).status()).isEqualTo(401);
        assertThat(http.get("/api/halls/nowhere/glance", MANAGER).status()).isEqualTo(404);
    }

    @Test
    void tilesAreasAndAlertsFollowTheHall() throws Exception {
        HallGlance before = glance();
        assertThat(before.windows()).hasSize(34);
        assertThat(before.areas()).allSatisfy(a -> {
            assertThat(a.waitingThreshold()).isEqualTo(25);
            assertThat(a.oldestWaitThresholdSeconds()).isEqualTo(40 * 60);
        });

        // Window 4 serves, 5 has paused, 6 is open and idle, 7 nobody has signed in to.
        TicketView market = manager().issueTicket(new IssueTicketRequest("glance-market", "market", null, null, null, null));
        clerk("clerk01").signIn("4");
        clerk("clerk01").callNext("4");
        clerk("clerk02").signIn("5");
        clerk("clerk02").pause("5");
        clerk("clerk03").signIn("6");
        HallGlance now = glance();
        assertThat(tile(now, "4")).satisfies(t -> {
            assertThat(t.state()).isEqualTo("SERVING");
            assertThat(t.number()).isEqualTo(market.number());
            assertThat(t.clerk()).isEqualTo("clerk01");
            assertThat(t.servingSince()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        });
        assertThat(tile(now, "5").state()).isEqualTo("PAUSED");
        assertThat(tile(now, "6").state()).isEqualTo("IDLE");
        assertThat(tile(now, "7").state()).isEqualTo("CLOSED");

        // A citizen waits for 不动产登记 with no window serving it.
        assertThat(alerts(now, "NO_WINDOW")).isEmpty();
        manager().issueTicket(new IssueTicketRequest("glance-estate", "estate", null, null, null, null));
        HallGlance.Alert noWindow = alerts(glance(), "NO_WINDOW").get(0);
        assertThat(noWindow.subject()).isEqualTo("不动产登记");
        assertThat(noWindow.link()).isEqualTo("/console/manager.html#tidal");
        clerk("clerk07").signIn("23");
        assertThat(alerts(glance(), "NO_WINDOW")).isEmpty();
    }

    @Test
    void aDeviceFaultIsRaisedUntilAcknowledged() throws Exception {
        Http http = new Http(port);
        try (MqttGateway kiosk = MqttGateways.connect(TestDevices.mqtt("tcp://127.0.0.1:" + MQTT_PORT, "kiosk-7"))) {
            await().atMost(Duration.ofSeconds(10)).until(kiosk::isConnected);
            kiosk.publish(TOPICS.devicePresence("kiosk-7"), JsonCodec.toBytes(new DevicePresence("kiosk-7", "KIOSK", true,
                    Instant.now())), 1, true).get();
            kiosk.publish(TOPICS.deviceHealth("kiosk-7"), JsonCodec.toBytes(new DeviceHealth("kiosk-7", "KIOSK", List.of(
                    new DeviceHealth.Component("idcard-reader", "FAULT", "find card: no answer within 500 ms")),
                    Instant.now())), 1, true).get();
            await().atMost(Duration.ofSeconds(10)).until(() -> !alerts(glance(), "DEVICE_FAULT").isEmpty());
            HallGlance.Alert fault = alerts(glance(), "DEVICE_FAULT").get(0);
            assertThat(fault.subject()).isEqualTo("kiosk-7");
            assertThat(fault.detail()).isEqualTo("READER_NO_ANSWER");
            assertThat(fault.link()).isEqualTo("/console/manager.html#devices");

            DeviceAlert open = List.of(JsonCodec.fromJson(http.get("/api/halls/linxia/devices/alerts", MANAGER).body(),
                    DeviceAlert[].class)).get(0);
            assertThat(http.post("/api/halls/linxia/devices/alerts/" + open.id() + "/acknowledge", MANAGER, "").status())
                    .isEqualTo(200);
            assertThat(alerts(glance(), "DEVICE_FAULT")).isEmpty();
        }
    }

    @Test
    void aBadRatingAtTheWindowIsRaisedForTheCallBack() throws Exception {
        try (MqttGateway link = MqttGateways.connect(TestDevices.mqtt("tcp://127.0.0.1:" + MQTT_PORT, "evaluator-12"))) {
            EvaluatorClient evaluator = new EvaluatorClient(link, HALL, "12", "evaluator-12");
            TicketView ticket = manager().issueTicket(new IssueTicketRequest("glance-rated", "social", null, null, null, null));
            HallRestDriver clerk = clerk("clerk04");
            clerk.signIn("12");
            Optional<TicketView> called = clerk.callNext("12");
            assertThat(called).map(TicketView::number).contains(ticket.number());
            clerk.finish("12");
            await().atMost(Duration.ofSeconds(10)).until(() -> evaluator.pending()
                    .filter(r -> r.ticketId().equals(ticket.ticketId())).isPresent());
            assertThat(alerts(glance(), "BAD_RATING")).isEmpty();
            evaluator.rate(RatingLevel.DISSATISFIED, List.of("LONG_WAIT"), "").get();
            await().atMost(Duration.ofSeconds(10)).until(() -> !alerts(glance(), "BAD_RATING").isEmpty());
            HallGlance.Alert bad = alerts(glance(), "BAD_RATING").get(0);
            assertThat(bad.subject()).isEqualTo(ticket.number());
            assertThat(bad.detail()).isEqualTo("DISSATISFIED");
            assertThat(bad.link()).isEqualTo("/console/manager.html#ratings");
        }
    }

    private HallGlance glance() {
        Http.Reply reply = new Http(port).get(GLANCE, MANAGER);
        assertThat(reply.status()).isEqualTo(200);
        return JsonCodec.fromJson(reply.body(), HallGlance.class);
    }

    private static HallGlance.Tile tile(HallGlance g, String windowNo) {
        return g.windows().stream().filter(w -> w.windowNo().equals(windowNo)).findFirst().orElseThrow();
    }

    private static List<HallGlance.Alert> alerts(HallGlance g, String kind) {
        return g.alerts().stream().filter(a -> a.kind().equals(kind)).toList();
    }

    private HallRestDriver manager() {
        return HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, "manager", "demo-manager", Duration.ofSeconds(5));
    }

    private HallRestDriver clerk(String user) {
        return HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, user, "demo-clerk", Duration.ofSeconds(5));
    }
}
