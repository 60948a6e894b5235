package org.onewindow.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.onewindow.protocol.access.DeviceAccount;
import org.onewindow.protocol.access.DeviceKind;
import org.onewindow.protocol.topic.HallTopics;

/**
 * Every topic of the tree, tried by every kind of device, by a device of another hall, by an
 * anonymous client and with a wrong password, on the embedded broker and on a Mosquitto set up with
 * the ACL file the server writes: what each may read and write is exactly the contract's table
 * (docs/security.md), written out again here by hand so that the table in code is checked against it.
 * Beyond the contract as first written, a kiosk asks as a terminal does: outside opening hours it is one.
 */
class BrokerAccessTest extends OnBothBrokers {

    /** Every topic of hall linxia, one of each kind, with the ids and windows of the test devices. */
    static List<String> tree() {
        List<String> t = new ArrayList<>(List.of(L.board(), L.calls(), L.areaQueue("social"), L.windowScreen("5"),
                L.windowScreen("6"), L.tidalSuggestions(), L.caseStatus(), L.serverPresence(),
                L.deviceRequest("terminal-1", "cases.mine"), L.deviceRequest("terminal-2", "cases.mine"),
                L.deviceReplies("terminal-1"), L.deviceReplies("terminal-2"), L.deviceRequest("kiosk-1", "cases.mine"),
                L.deviceReplies("kiosk-1")));
        for (String w : List.of("5", "6")) {
            t.addAll(List.of(L.evaluatorPending(w), L.evaluatorRequest(w), L.evaluatorRating(w), L.evaluatorResult(w)));
        }
        for (DeviceAccount d : HallBrokers.DEVICES.keySet()) {
            t.addAll(List.of(L.devicePresence(d.id()), L.deviceHealth(d.id())));
        }
        t.add(L.devicePresence("kiosk-9"));
        return List.copyOf(t);
    }

    /** The contract's table (docs/security.md), by hand: what a device may read of {@link #tree()}. */
    static Set<String> contractReads(DeviceAccount d) {
        if (!d.hallId().equals("linxia")) {
            return Set.of();
        }
        Set<String> r = new HashSet<>(Set.of(L.serverPresence()));
        String w = d.windowNo();
        switch (d.kind()) {
            case BOARD -> r.addAll(Set.of(L.board(), L.calls(), L.areaQueue("social"), L.windowScreen("5"), L.windowScreen("6"),
                    L.tidalSuggestions()));
            case WINDOW_SCREEN -> r.addAll(Set.of(L.windowScreen(w), L.calls(), L.board()));
            case EVALUATOR -> r.addAll(Set.of(L.evaluatorPending(w), L.evaluatorRequest(w), L.evaluatorResult(w), L.windowScreen(w)));
            case KIOSK -> r.addAll(Set.of(L.areaQueue("social"), L.board(), L.deviceReplies(d.id())));
            case TERMINAL -> r.addAll(Set.of(L.deviceReplies(d.id()), L.areaQueue("social")));
        }
        return r;
    }

    /** The contract's table, by hand: what a device may publish of {@link #tree()}. */
    static Set<String> contractWrites(DeviceAccount d) {
        if (!d.hallId().equals("linxia")) {
            return Set.of();
        }
        Set<String> w = new HashSet<>(Set.of(L.devicePresence(d.id()), L.deviceHealth(d.id())));
        if (d.kind() == DeviceKind.EVALUATOR) {
            w.add(L.evaluatorRating(d.windowNo()));
        }
        if (d.kind() == DeviceKind.TERMINAL || d.kind() == DeviceKind.KIOSK) {
            w.add(L.deviceRequest(d.id(), "cases.mine"));
        }
        return w;
    }

    private static ProbeClient server(HallBrokers.Broker broker) throws MqttException {
        return ProbeClient.connect(broker.uri(), HallBrokers.SERVER_USER, HallBrokers.SERVER_PASSWORD);
    }

    private static ProbeClient device(HallBrokers.Broker broker, DeviceAccount d) throws MqttException {
        return ProbeClient.connect(broker.uri(), d.id(), HallBrokers.token(d.id()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "mosquitto"})
    void eachDeviceReadsExactlyWhatTheContractGrants(String brokerName) throws Exception {
        HallBrokers.Broker broker = BROKERS.get(brokerName);
        try (ProbeClient server = server(broker)) {
            for (DeviceAccount d : HallBrokers.DEVICES.keySet()) {
                String probe = "probe-" + UUID.randomUUID();
                String marker = "marker-" + UUID.randomUUID();
                HallTopics own = HallTopics.forHall(d.hallId());
                try (ProbeClient device = device(broker, d)) {
                    tree().forEach(device::subscribe);
                    device.subscribe(own.serverPresence());
                    tree().forEach(topic -> server.publish(topic, probe, false));
                    // Sent after the probes on one connection: once it is in, every probe had its chance.
                    await(d.id() + " hears the marker on " + broker).atMost(Duration.ofSeconds(10))
                            .pollInterval(Duration.ofMillis(200)).until(() -> {
                                server.publish(own.serverPresence(), marker, false);
                                return device.got(marker);
                            });
                    assertThat(new HashSet<>(device.topicsWithPayload(probe))).as("%s reads on %s", d.id(), broker)
                            .isEqualTo(contractReads(d));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "mosquitto"})
    void eachDeviceWritesExactlyWhatTheContractGrants(String brokerName) throws Exception {
        HallBrokers.Broker broker = BROKERS.get(brokerName);
        try (ProbeClient server = server(broker)) {
            assertThat(server.subscribe("hall/v1/#")).isTrue();
            for (DeviceAccount d : HallBrokers.DEVICES.keySet()) {
                String probe = "probe-" + UUID.randomUUID();
                String marker = "marker-" + UUID.randomUUID();
                try (ProbeClient device = device(broker, d)) {
                    tree().forEach(topic -> device.attempt(topic, probe, false));
                    await(d.id() + "'s marker on " + broker).atMost(Duration.ofSeconds(10))
                            .pollInterval(Duration.ofMillis(200)).until(() -> {
                                device.publish(HallTopics.forHall(d.hallId()).deviceHealth(d.id()), marker, false);
                                return server.got(marker);
                            });
                    assertThat(new HashSet<>(server.topicsWithPayload(probe))).as("%s writes on %s", d.id(), broker)
                            .isEqualTo(contractWrites(d));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "mosquitto"})
    void anonymousClientsAndWrongPasswordsAreRefused(String brokerName) {
        HallBrokers.Broker broker = BROKERS.get(brokerName);
        assertThatThrownBy(() -> ProbeClient.connect(broker.uri(), null, null)).isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> ProbeClient.connect(broker.uri(), "kiosk-1", "demo-kiosk-token")).isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> ProbeClient.connect(broker.uri(), "kiosk-1", HallBrokers.token("terminal-1")))
                .isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> ProbeClient.connect(broker.uri(), HallBrokers.SERVER_USER, "guess"))
                .isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> ProbeClient.connect(broker.uri(), "kiosk-9", HallBrokers.token("kiosk-9")))
                .isInstanceOf(MqttException.class);
    }

}
