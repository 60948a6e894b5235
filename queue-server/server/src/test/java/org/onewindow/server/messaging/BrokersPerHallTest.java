package org.onewindow.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.access.MqttAccess;
import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.CallAnnouncement;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.testsupport.MosquittoProcess;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.calling.CallingService;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.server.testsupport.TestServer;
import org.onewindow.server.ticket.TicketService;

/**
 * Brokers per hall (ADR 0039) on two real Mosquittos the test starts: halls {@code ca1} and
 * {@code ca2} on broker {@code a}, hall {@code cb} on broker {@code b}, each broker with the
 * password and ACL files the server writes for it. A hall's messages go to its broker only, a
 * device of a hall on one broker is nobody on the other, and when broker b dies the halls on a go
 * on while b's calls wait for it, and reach b's boards once it is back, with its state.
 */
@SpringBootTest
class BrokersPerHallTest {

    private static final Duration RELOAD = Duration.ofSeconds(15);
    /** The server reconnects within half a second for a while, then within 15 s: a loaded machine is slow, not wrong. */
    private static final Duration RECONNECT = Duration.ofSeconds(40);
    private static final String B_SERVER_PASSWORD = "broker-b-own-server-password";
    private static final Map<String, String> DEVICES = Map.of("board-a1", "ca1", "kiosk-a1", "ca1", "board-a2", "ca2",
            "board-b", "cb", "kiosk-b", "cb");

    @TempDir
    static Path dir;
    static MosquittoProcess brokerA;
    static MosquittoProcess brokerB;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Assumptions.assumeTrue(MosquittoProcess.available(), "no mosquitto on this machine");
        TestServer.properties(registry, dir.resolve("data"));
        registry.add("onewindow.halls.files", () -> String.join(",", hallFile("ca1", "a"), hallFile("ca2", "a"), hallFile("cb", "b")));
        List<String> ids = new ArrayList<>(DEVICES.keySet());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            // After the three demo devices TestServer registers.
            String prefix = "onewindow.security.devices[" + (3 + i) + "].";
            registry.add(prefix + "id", () -> id);
            registry.add(prefix + "kind", () -> id.startsWith("board") ? "BOARD" : "KIOSK");
            registry.add(prefix + "hall", () -> DEVICES.get(id));
            registry.add(prefix + "token-sha256", () -> sha256(TestDevices.token(id)));
        }
        brokerA = broker("a", TestDevices.SERVER_PASSWORD);
        brokerB = broker("b", B_SERVER_PASSWORD);
        for (var broker : Map.of("a", brokerA, "b", brokerB).entrySet()) {
            String at = "onewindow.mqtt.brokers." + broker.getKey() + ".";
            registry.add(at + "url", broker.getValue()::uri);
            registry.add(at + "mosquitto-acl-file", () -> dir.resolve(broker.getKey()).resolve("onewindow.acl").toString());
            registry.add(at + "mosquitto-password-file", () -> dir.resolve(broker.getKey()).resolve("mosquitto.passwords").toString());
        }
        registry.add("onewindow.mqtt.brokers.b.password", () -> B_SERVER_PASSWORD);
    }

    /**
     * A Mosquitto as an operator first sets it up: the server's account and, as the administrator's
     * lines, every test device (the server keeps only the lines of the broker's own halls), and an
     * ACL of the server's account alone until the server writes its own.
     */
    private static MosquittoProcess broker(String name, String serverPassword) throws IOException {
        Path its = Files.createDirectories(dir.resolve(name));
        Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put(TestDevices.SERVER_USER, serverPassword);
        DEVICES.keySet().forEach(id -> passwords.put(id, TestDevices.token(id)));
        List<String> config = new ArrayList<>(MosquittoProcess.onlyUsers(its, passwords));
        Path acl = its.resolve("onewindow.acl");
        MosquittoAclWriter.write(acl, MosquittoAcl.of(TestDevices.SERVER_USER, MqttAccess.serverGroup(serverPassword), List.of()));
        config.add("acl_file " + acl);
        return new MosquittoProcess(config);
    }

    /** The test hall under another id, on the named broker. */
    private static String hallFile(String id, String broker) {
        try (var in = BrokersPerHallTest.class.getResourceAsStream("/halls/test-hall.yml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("id: testhall", "id: " + id)
                    + "\nbroker: " + broker + "\n";
            Path file = Files.createDirectories(dir.resolve("halls")).resolve(id + ".yml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return "file:" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopBrokers() {
        for (MosquittoProcess broker : new MosquittoProcess[] {brokerA, brokerB}) {
            if (broker != null) {
                broker.close();
            }
        }
    }

    @Autowired
    TicketService tickets;
    @Autowired
    CallingService calling;
    @Autowired
    HallConnections connections;

    private final List<MqttGateway> opened = new CopyOnWriteArrayList<>();

    @Test
    void eachHallIsOnItsOwnBrokerAndTheHallsOfTheOtherOutliveItsDeath() throws Exception {
        // The operator reloads each broker after the server wrote its files (docs/security.md).
        brokerA.reload();
        brokerB.reload();
        assertThat(connections.urlFor("cb")).as("what registering a device of hall cb answers").isEqualTo(brokerB.uri());
        assertThat(connections.urlFor("ca2")).isEqualTo(brokerA.uri());
        assertThat(Files.readString(dir.resolve("b/onewindow.acl"))).contains("user board-b").doesNotContain("board-a1");
        assertThat(Files.readString(dir.resolve("a/mosquitto.passwords"))).contains("board-a1:").doesNotContain("board-b:");

        await("broker b's ACL read").atMost(RELOAD).ignoreExceptions().until(() -> {
            try (ProbeClient probe = ProbeClient.connect(brokerB.uri(), "kiosk-a1", TestDevices.token("kiosk-a1"))) {
                return false;
            } catch (MqttException refused) {
                return true;
            }
        });
        assertThatThrownBy(() -> ProbeClient.connect(brokerB.uri(), "board-a1", TestDevices.token("board-a1")).close())
                .as("a device of a hall on broker a is nobody on broker b").isInstanceOf(MqttException.class);

        List<CallAnnouncement> onB = calls(brokerB, "board-b", "cb");
        List<CallAnnouncement> onA = calls(brokerA, "board-a1", "ca1");
        List<String> cbSeenOnA = new CopyOnWriteArrayList<>();
        MqttGateway watcherA = open(TestDevices.watcher(brokerA.uri(), "a"));
        watcherA.subscribe("hall/v1/cb/#", 1, (topic, payload, retained) -> cbSeenOnA.add(topic));
        await().atMost(RECONNECT).until(watcherA::isConnected);

        String first = call("cb", "1");
        await("hall cb's call on broker b").atMost(RECONNECT).until(() -> numbers(onB).contains(first));
        assertThat(cbSeenOnA).as("nothing of hall cb, retained or not, is on broker a").isEmpty();

        brokerB.kill();
        String onAWhileBIsDown = call("ca1", "1");
        await("hall ca1 goes on while broker b is dead").atMost(RECONNECT).until(() -> numbers(onA).contains(onAWhileBIsDown));
        String whileDown = call("cb", "2");

        brokerB.restart();
        await("the call made while broker b was dead, delivered once it is back").atMost(RECONNECT)
                .until(() -> numbers(onB).contains(whileDown));
        // Broker b kept nothing (no persistence): what a board gets now is what the server published anew.
        List<BoardState> boards = new CopyOnWriteArrayList<>();
        MqttGateway late = open(device(brokerB, "board-b"));
        late.subscribe(HallTopics.forHall("cb").board(), 1, (topic, payload, retained) ->
                boards.add(JsonCodec.fromBytes(payload, BoardState.class)));
        await("a board connecting to broker b gets the hall's state").atMost(RECONNECT).until(() -> boards.stream()
                .anyMatch(b -> b.recentCalls().stream().anyMatch(c -> c.ticketNumber().equals(whileDown))));
        assertThat(cbSeenOnA).as("nor after broker b came back").isEmpty();
        assertThat(onA).extracting(CallAnnouncement::hallId).containsOnly("ca1");
        opened.forEach(MqttGateway::close);
    }

    private List<CallAnnouncement> calls(MosquittoProcess broker, String deviceId, String hallId) {
        List<CallAnnouncement> calls = new CopyOnWriteArrayList<>();
        MqttGateway board = open(device(broker, deviceId));
        board.subscribe(HallTopics.forHall(hallId).calls(), 1, (topic, payload, retained) ->
                calls.add(JsonCodec.fromBytes(payload, CallAnnouncement.class)));
        await().atMost(RECONNECT).until(board::isConnected);
        return calls;
    }

    private MqttGateway open(MqttOptions options) {
        MqttGateway gateway = MqttGateways.connect(options);
        opened.add(gateway);
        return gateway;
    }

    private static MqttOptions device(MosquittoProcess broker, String deviceId) {
        return MqttOptions.of(broker.uri(), deviceId + "-" + UUID.randomUUID()).withCredentials(deviceId, TestDevices.token(deviceId));
    }

    private static List<String> numbers(List<CallAnnouncement> calls) {
        return calls.stream().map(CallAnnouncement::ticketNumber).toList();
    }

    /** A ticket issued at the hall and called at one of its windows, each window once. */
    private String call(String hallId, String windowNo) {
        tickets.issue(hallId, new IssueTicketRequest(UUID.randomUUID().toString(), "biz", null, null, null, null), "kiosk");
        calling.signIn(hallId, windowNo, "clerk0" + windowNo);
        return calling.callNext(hallId, windowNo, "clerk0" + windowNo).orElseThrow().number();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
