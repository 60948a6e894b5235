package org.onewindow.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.onewindow.protocol.access.MqttAccess;
import org.onewindow.protocol.mqtt.TopicFilter;
import org.onewindow.protocol.topic.HallTopics;

/**
 * The forgeries a device with a genuine token could try before the broker checked anything, on
 * the embedded broker and on Mosquitto with the server's ACL file: each one fails.
 */
class BrokerForgeriesTest {

    private static final HallTopics L = HallTopics.forHall("linxia");
    private static final Map<String, HallBrokers.Broker> BROKERS = new LinkedHashMap<>();

    @BeforeAll
    static void startBrokers() throws IOException {
        BROKERS.putAll(HallBrokers.bothKinds());
    }

    @AfterAll
    static void stopBrokers() {
        BROKERS.values().forEach(HallBrokers.Broker::close);
    }

    private static ProbeClient as(String broker, String deviceId) throws MqttException {
        return ProbeClient.connect(BROKERS.get(broker).uri(), deviceId, HallBrokers.token(deviceId));
    }

    private static ProbeClient server(String broker) throws MqttException {
        return ProbeClient.connect(BROKERS.get(broker).uri(), HallBrokers.SERVER_USER, HallBrokers.SERVER_PASSWORD);
    }

    /** Waits until the device has heard the server's marker, sent after everything the test is about. */
    private static void heardMarker(ProbeClient server, ProbeClient device) {
        String marker = "marker-" + UUID.randomUUID();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
            server.publish(L.serverPresence(), marker, false);
            return device.got(marker);
        });
    }

    /** Waits until the server has the device's marker, sent after its attempts on the same connection. */
    private static void sentMarker(ProbeClient device, String deviceId, ProbeClient server) {
        String marker = "marker-" + UUID.randomUUID();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
            device.publish(L.deviceHealth(deviceId), marker, false);
            return server.got(marker);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "mosquitto"})
    void aTerminalReadsNeitherEverythingNorAnotherTerminalsReplies(String broker) throws Exception {
        try (ProbeClient server = server(broker); ProbeClient terminal = as(broker, "terminal-1")) {
            for (String filter : List.of("#", "hall/v1/#", L.everything(), L.allDeviceReplies(), L.deviceReplies("terminal-2"),
                    "hall/v1/linxia/devices/#", "hall/v1/+/devices/terminal-2/replies")) {
                // The embedded broker refuses these; Mosquitto grants them and then delivers only what
                // the ACL lets through. What matters is what arrives.
                terminal.subscribe(filter);
            }
            terminal.subscribe(L.serverPresence());
            server.publish(L.deviceReplies("terminal-2"), "the other terminal's answer", false);
            server.publish(L.caseStatus(), "a case moved on", false);
            heardMarker(server, terminal);
            assertThat(terminal.got("the other terminal's answer")).isFalse();
            assertThat(terminal.got("a case moved on")).isFalse();
        }
    }

    /**
     * Only on Mosquitto: Moquette 0.18.3 adds a shared subscription even when its read check refused
     * it, so on the embedded broker a device can read through one (docs/security.md).
     */
    @ParameterizedTest
    @ValueSource(strings = {"mosquitto"})
    void noDeviceReadsRequestsThroughTheServersSharedSubscription(String broker) throws Exception {
        String shared = TopicFilter.shared(MqttAccess.SERVER_GROUP, L.allDeviceRequests());
        try (ProbeClient server = server(broker); ProbeClient thief = as(broker, "terminal-1");
             ProbeClient asker = as(broker, "terminal-2")) {
            assertThat(server.subscribe(shared)).isTrue();
            thief.subscribe(shared);
            thief.subscribe(TopicFilter.shared("a-group-of-its-own", L.allDeviceRequests()));
            thief.subscribe(L.allDeviceRequests());
            for (int i = 0; i < 10; i++) {
                asker.publish(L.deviceRequest("terminal-2", "cases.mine"), "request " + i, false);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> server.arrived.size() >= 1);
            // Nothing can be awaited for a message that must not come: give it a bounded second.
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(thief.arrived::isEmpty);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "mosquitto"})
    void noDeviceLeavesAForgedBoardScreenServerPresenceOrCall(String broker) throws Exception {
        List<String> hallState = List.of(L.board(), L.windowScreen("5"), L.serverPresence(), L.calls(), L.areaQueue("social"),
                L.tidalSuggestions(), L.evaluatorPending("5"));
        try (ProbeClient server = server(broker)) {
            server.subscribe("hall/v1/#");
            for (String forger : List.of("kiosk-1", "board-main", "window-5", "evaluator-5", "terminal-1")) {
                try (ProbeClient device = as(broker, forger)) {
                    hallState.forEach(topic -> device.attempt(topic, "forged", true));
                    sentMarker(device, forger, server);
                }
            }
            assertThat(server.got("forged")).isFalse();
        }
        try (ProbeClient server = server(broker); ProbeClient board = as(broker, "board-main")) {
            List.of(L.board(), L.windowScreen("5"), L.serverPresence(), L.calls(), L.allAreaQueues(), L.tidalSuggestions())
                    .forEach(board::subscribe);
            heardMarker(server, board);
            assertThat(board.got("forged")).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "mosquitto"})
    void noDeviceAppearsInTheDeviceListUnderAnotherId(String broker) throws Exception {
        try (ProbeClient server = server(broker); ProbeClient kiosk = as(broker, "kiosk-1")) {
            server.subscribe(L.allDevicePresence());
            server.subscribe(L.allDeviceHealth());
            for (String other : List.of("kiosk-9", "board-main", "terminal-1")) {
                kiosk.attempt(L.devicePresence(other), "fake presence", true);
                kiosk.attempt(L.deviceHealth(other), "fake health", true);
            }
            sentMarker(kiosk, "kiosk-1", server);
            assertThat(server.got("fake presence")).isFalse();
            assertThat(server.got("fake health")).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "mosquitto"})
    void aRatingTokenHarvestedElsewhereCannotBeUsedToRateAtWindow5(String broker) throws Exception {
        try (ProbeClient server = server(broker)) {
            server.subscribe("hall/v1/#");
            for (String forger : List.of("evaluator-6", "kiosk-1", "terminal-1", "board-main", "window-5")) {
                try (ProbeClient device = as(broker, forger)) {
                    device.attempt(L.evaluatorRating("5"), "{\"token\":\"rt1.harvested\",\"level\":\"VERY_SATISFIED\"}", false);
                    device.subscribe(L.evaluatorPending("5"));
                    sentMarker(device, forger, server);
                }
            }
            try (ProbeClient evaluator = as(broker, "evaluator-5")) {
                evaluator.publish(L.evaluatorRating("5"), "the genuine rating", false);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> server.got("the genuine rating"));
            assertThat(server.arrived.stream().filter(a -> a.topic().endsWith("/evaluator/rating")))
                    .extracting(ProbeClient.Arrived::payload).containsExactly("the genuine rating");
        }
    }

    /**
     * Only on Mosquitto, which checks a will against the ACL when it fires: Moquette 0.18.3 does not
     * check a last-will against the grants at all (docs/security.md).
     */
    @ParameterizedTest
    @ValueSource(strings = {"mosquitto"})
    void aLastWillOnTheServersPresenceIsNeverPublished(String broker) throws Exception {
        try (ProbeClient server = server(broker)) {
            server.subscribe(L.serverPresence());
            try (RawMqttConnect forger = new RawMqttConnect(BROKERS.get(broker).uri(), "kiosk-1-will", "kiosk-1",
                    HallBrokers.token("kiosk-1"), L.serverPresence(), "forged-will")) {
                assertThat(forger.returnCode).isIn(0, 5); // Mosquitto accepts it and drops the will when it fires
            }
            // Nothing can be awaited for a message that must not come: give it a bounded second.
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> !server.got("forged-will"));
            try (ProbeClient late = server(broker)) {
                late.subscribe(L.serverPresence());
                heardMarker(server, late);
                assertThat(late.got("forged-will")).isFalse();
            }
        }
    }
}
