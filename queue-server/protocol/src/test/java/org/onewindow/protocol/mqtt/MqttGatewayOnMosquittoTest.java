package org.onewindow.protocol.mqtt;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway against the machine's own broker (Mosquitto on 127.0.0.1:1883) when one runs, as
 * production halls use one. Topics carry a random root so parallel runs never meet.
 */
class MqttGatewayOnMosquittoTest {

    private static final String BROKER = "tcp://127.0.0.1:1883";
    private final String root = "test-" + UUID.randomUUID();
    private final List<MqttGateway> gateways = new CopyOnWriteArrayList<>();

    @BeforeEach
    void brokerRuns() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 1883), 300);
        } catch (IOException e) {
            assumeTrue(false, "no MQTT broker on 127.0.0.1:1883");
        }
    }

    @AfterEach
    void stop() {
        // Clear the retained message this test left behind.
        if (!gateways.isEmpty()) {
            gateways.get(0).publish(root + "/board", new byte[0], 1, true).join();
        }
        gateways.forEach(MqttGateway::close);
    }

    private MqttGateway connect(MqttOptions options) {
        MqttGateway gateway = MqttGateways.connect(options);
        gateways.add(gateway);
        await().atMost(Duration.ofSeconds(5)).until(gateway::isConnected);
        return gateway;
    }

    @Test
    void retainedStateAndBirthReachALateSubscriber() {
        String presence = root + "/presence";
        connect(MqttOptions.of(BROKER, "pub-" + UUID.randomUUID()).withPresence(
                new MqttOptions.Message(presence, "offline".getBytes(StandardCharsets.UTF_8), 1, true),
                new MqttOptions.Message(presence, "online".getBytes(StandardCharsets.UTF_8), 1, true)))
                .publish(root + "/board", "{\"seq\":3}".getBytes(StandardCharsets.UTF_8), 1, true).join();
        List<String> seen = new CopyOnWriteArrayList<>();
        connect(MqttOptions.of(BROKER, "late-" + UUID.randomUUID())).subscribe(root + "/#", 1,
                (topic, payload, retained) -> seen.add(topic.substring(root.length()) + "=" + new String(payload, StandardCharsets.UTF_8)));
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.contains("/board={\"seq\":3}") && seen.contains("/presence=online"));
        gateways.get(0).publish(presence, new byte[0], 1, true).join();
    }

    @Test
    void aBurstOfPublishesLargerThanTheBrokersInFlightWindowAllArrive() {
        // A whole hall republished after a broker restart: far more QoS 1 messages at once than
        // Mosquitto lets a client have in flight (20 by default).
        List<String> seen = new CopyOnWriteArrayList<>();
        MqttGateway subscriber = connect(MqttOptions.of(BROKER, "sub-" + UUID.randomUUID()));
        subscriber.subscribe(root + "/burst/#", 1, (t, p, r) -> seen.add(t)).join();
        MqttGateway publisher = connect(MqttOptions.of(BROKER, "pub-" + UUID.randomUUID()));
        List<java.util.concurrent.CompletableFuture<Void>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sent.add(publisher.publish(root + "/burst/" + i, "{}".getBytes(StandardCharsets.UTF_8), 1, false));
        }
        java.util.concurrent.CompletableFuture.allOf(sent.toArray(java.util.concurrent.CompletableFuture[]::new)).join();
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 200);
    }

    @Test
    void aHandlerThatThrowsDoesNotStopTheClient() {
        List<String> seen = new CopyOnWriteArrayList<>();
        MqttGateway subscriber = connect(MqttOptions.of(BROKER, "sub-" + UUID.randomUUID()));
        subscriber.subscribe(root + "/bad", 1, (t, p, r) -> {
            throw new IllegalStateException("malformed");
        }).join();
        subscriber.subscribe(root + "/good", 1, (t, p, r) -> seen.add("good")).join();
        MqttGateway publisher = connect(MqttOptions.of(BROKER, "pub-" + UUID.randomUUID()));
        publisher.publish(root + "/bad", "{".getBytes(StandardCharsets.UTF_8), 1, false).join();
        publisher.publish(root + "/good", "{}".getBytes(StandardCharsets.UTF_8), 1, false).join();
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.contains("good") && subscriber.isConnected());
    }
}
