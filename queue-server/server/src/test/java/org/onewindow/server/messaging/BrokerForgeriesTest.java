package org.onewindow.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.onewindow.protocol.access.MqttAccess;
import org.onewindow.protocol.mqtt.TopicFilter;

/**
 * The forgeries a device with a genuine token could try before the broker checked anything, on
 * the embedded broker and on Mosquitto with the server's ACL file: each one fails.
 */
class BrokerForgeriesTest extends OnBothBrokers {

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
     * A device that joined the servers' group would be handed a share of the requests: Mosquitto
     * then delivers it nothing it may not read, so those requests would be lost. The group's name is
     * the servers' secret; the embedded broker's gate refuses any shared subscription a device may
     * not read.
     */
    @ParameterizedTest
    @ValueSource(strings = {"embedded", "mosquitto"})
    void noDeviceReadsOrSwallowsRequestsThroughASharedSubscription(String broker) throws Exception {
        String serversGroup = MqttAccess.serverGroup(HallBrokers.SERVER_PASSWORD);
        try (ProbeClient server = server(broker); ProbeClient thief = as(broker, "terminal-1");
             ProbeClient asker = as(broker, "terminal-2")) {
            assertThat(server.subscribe(TopicFilter.shared(serversGroup, L.allDeviceRequests()))).isTrue();
            for (String group : List.of(MqttAccess.SERVER_GROUP_PREFIX, MqttAccess.SERVER_GROUP_PREFIX + "-0", "a-group-of-its-own")) {
                thief.subscribe(TopicFilter.shared(group, L.allDeviceRequests()));
            }
            thief.subscribe(L.allDeviceRequests());
            for (int i = 0; i < 10; i++) {
                asker.publish(L.deviceRequest("terminal-2", "cases.mine"), "request " + i, false);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> server.arrived.size() >= 10);
            assertThat(server.arrived).extracting(ProbeClient.Arrived::payload)
                    .containsExactlyInAnyOrder("request 0", "request 1", "request 2", "request 3", "request 4",
                            "request 5", "request 6", "request 7", "request 8", "request 9");
            assertThat(thief.arrived).isEmpty();
        }
    }

    /** Names no device can guess: the group is made from the server's password. */
    @ParameterizedTest
    @ValueSource(strings = {"embedded", "mosquitto"})
    void aDeviceThatGuessedTheServersGroupStillGetsNothing(String broker) throws Exception {
        try (ProbeClient server = server(broker); ProbeClient thief = as(broker, "kiosk-1");
             ProbeClient asker = as(broker, "terminal-2")) {
            String shared = TopicFilter.shared(MqttAccess.serverGroup(HallBrokers.SERVER_PASSWORD), L.allDeviceRequests());
            assertThat(server.subscribe(shared)).isTrue();
            thief.subscribe(shared);
            asker.publish(L.deviceRequest("terminal-2", "cases.mine"), "a request", false);
            await().atMost(Duration.ofSeconds(10)).until(() -> server.got("a request"));
            if (broker.equals("embedded")) {
                assertThat(thief.arrived).isEmpty();
            }
            // Mosquitto 2.0.11 lets a device that knows the secret name into the group: it receives
            // nothing, yet its share is lost. Knowing the name takes the server's password.
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
     * Mosquitto accepts the connection and drops the will when it fires; the embedded broker's gate
     * refuses the connection as not authorised.
     */
    @ParameterizedTest
    @ValueSource(strings = {"embedded", "mosquitto"})
    void aLastWillOnTheServersPresenceIsNeverPublished(String broker) throws Exception {
        try (ProbeClient server = server(broker)) {
            server.subscribe(L.serverPresence());
            try (RawMqttConnect forger = new RawMqttConnect(BROKERS.get(broker).uri(), "kiosk-1-will", "kiosk-1",
                    HallBrokers.token("kiosk-1"), L.serverPresence(), "forged-will")) {
                assertThat(forger.returnCode).isEqualTo(broker.equals("embedded") ? 5 : 0);
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

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "mosquitto"})
    void aDeviceMayLeaveItsOwnPresenceAsItsWill(String broker) throws Exception {
        try (ProbeClient server = server(broker)) {
            server.subscribe(L.devicePresence("kiosk-1"));
            try (RawMqttConnect device = new RawMqttConnect(BROKERS.get(broker).uri(), "kiosk-1-own-will", "kiosk-1",
                    HallBrokers.token("kiosk-1"), L.devicePresence("kiosk-1"), "kiosk-1 went away")) {
                assertThat(device.returnCode).isZero();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> server.got("kiosk-1 went away"));
        }
    }
}
