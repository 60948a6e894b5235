package org.onewindow.protocol.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.onewindow.protocol.testsupport.TestBroker;

/** The gateway against a real (embedded) broker. */
class MqttGatewayTest {

    private final TestBroker broker = new TestBroker();
    private final List<MqttGateway> gateways = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        gateways.forEach(MqttGateway::close);
        broker.close();
    }

    private MqttGateway connect(MqttOptions options) {
        MqttGateway gateway = MqttGateways.connect(options);
        gateways.add(gateway);
        await().atMost(Duration.ofSeconds(5)).until(gateway::isConnected);
        return gateway;
    }

    private MqttGateway connect(String clientId) {
        return connect(MqttOptions.of(broker.uri(), clientId + "-" + UUID.randomUUID()));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRetainedMessageReachesASubscriberThatComesLater() {
        MqttGateway publisher = connect("pub");
        publisher.publish("hall/v1/t/board", bytes("{\"seq\":7}"), 1, true).join();
        List<String> received = new CopyOnWriteArrayList<>();
        connect("late").subscribe("hall/v1/t/#", 1, (topic, payload, retained) ->
                received.add(topic + " " + new String(payload, StandardCharsets.UTF_8) + " " + retained));
        await().atMost(Duration.ofSeconds(5)).until(() -> received.contains("hall/v1/t/board {\"seq\":7} true"));
    }

    @Test
    void theLastWillSaysOfflineWhenAClientDiesAndTheBirthSaysOnline() {
        List<String> presence = new CopyOnWriteArrayList<>();
        connect("watcher").subscribe("hall/v1/t/devices/+/presence", 1,
                (topic, payload, retained) -> presence.add(new String(payload, StandardCharsets.UTF_8)));
        String id = "kiosk-" + UUID.randomUUID();
        MqttOptions kiosk = MqttOptions.of(broker.uri(), id).withPresence(
                new MqttOptions.Message("hall/v1/t/devices/k/presence", bytes("offline"), 1, true),
                new MqttOptions.Message("hall/v1/t/devices/k/presence", bytes("online"), 1, true));
        connect(kiosk);
        await().atMost(Duration.ofSeconds(5)).until(() -> presence.contains("online"));
        broker.drop(id);
        await().atMost(Duration.ofSeconds(5)).until(() -> presence.contains("offline"));
    }

    @Test
    void aWholeHallRepublishedOnReconnectAllArrives() {
        // The server republishes every retained topic as soon as it is connected again: a burst
        // far larger than the window of messages a client may have in flight.
        List<String> received = new CopyOnWriteArrayList<>();
        MqttGateway subscriber = connect("sub");
        subscriber.subscribe("hall/v1/t/#", 1, (topic, payload, retained) -> received.add(topic)).join();
        MqttGateway publisher = connect("pub");
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        publisher.onConnectionChange((connected, cause) -> {
            if (connected) {
                for (int i = 0; i < 150; i++) {
                    publisher.publish("hall/v1/t/areas/" + i + "/queue", bytes("{}"), 1, true)
                            .exceptionally(e -> {
                                failures.add(e);
                                return null;
                            });
                }
            }
        });
        broker.stop();
        await().atMost(Duration.ofSeconds(5)).until(() -> !publisher.isConnected());
        broker.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> subscriber.isConnected() && publisher.isConnected());
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() + failures.size() >= 150);
        assertThat(failures).isEmpty();
    }

    @Test
    void afterABrokerRestartTheGatewayReconnectsAndItsSubscriptionsWorkAgain() {
        List<String> received = new CopyOnWriteArrayList<>();
        MqttGateway subscriber = connect("sub");
        subscriber.subscribe("hall/v1/t/calls", 1, (topic, payload, retained) ->
                received.add(new String(payload, StandardCharsets.UTF_8))).join();
        List<Boolean> changes = new CopyOnWriteArrayList<>();
        subscriber.onConnectionChange((connected, cause) -> changes.add(connected));

        broker.stop();
        await().atMost(Duration.ofSeconds(5)).until(() -> !subscriber.isConnected());
        broker.start();
        await().atMost(Duration.ofSeconds(20)).until(subscriber::isConnected);
        connect("pub").publish("hall/v1/t/calls", bytes("A001"), 1, false).join();
        await().atMost(Duration.ofSeconds(5)).until(() -> received.contains("A001"));
        assertThat(changes).containsSubsequence(false, true);
    }

    @Test
    void aHandlerThatThrowsDoesNotStopTheClient() {
        List<String> received = new CopyOnWriteArrayList<>();
        MqttGateway subscriber = connect("sub");
        subscriber.subscribe("t/bad", 1, (topic, payload, retained) -> {
            throw new IllegalArgumentException("malformed");
        }).join();
        subscriber.subscribe("t/good", 1, (topic, payload, retained) -> received.add("good")).join();
        MqttGateway publisher = connect("pub");
        publisher.publish("t/bad", bytes("{"), 1, false).join();
        publisher.publish("t/good", bytes("{}"), 1, false).join();
        await().atMost(Duration.ofSeconds(5)).until(() -> received.contains("good"));
        assertThat(subscriber.isConnected()).isTrue();
    }

    @Test
    void publishingWhileDisconnectedFailsAtOnce() {
        MqttGateway gateway = connect("pub");
        broker.stop();
        await().atMost(Duration.ofSeconds(5)).until(() -> !gateway.isConnected());
        assertThat(gateway.publish("t", bytes("x"), 1, false)).isCompletedExceptionally();
        broker.start();
        await().atMost(Duration.ofSeconds(10)).until(gateway::isConnected);
    }

    @Test
    void aBrokerThatStopsAcknowledgingIsLeftAndConnectedAnew() throws Exception {
        List<Boolean> changes = new CopyOnWriteArrayList<>();
        List<String> received = new CopyOnWriteArrayList<>();
        connect("subscriber").subscribe("stall/#", 1, (topic, payload, retained) -> received.add(topic)).join();
        try (StallingProxy proxy = new StallingProxy(broker.uri())) {
            // Pings would find it out only after a minute: the missing acknowledgement does it first.
            MqttGateway gateway = connect(MqttOptions.of(proxy.uri(), "stalled-" + UUID.randomUUID())
                    .withTimeouts(Duration.ofSeconds(60), Duration.ofMillis(800)));
            gateway.onConnectionChange((connected, cause) -> changes.add(connected));
            proxy.stall();

            java.util.concurrent.CompletableFuture<Void> unacknowledged = gateway.publish("stall/1", bytes("{}"), 1, false);

            assertThat(unacknowledged).failsWithin(Duration.ofSeconds(5));
            await().atMost(Duration.ofSeconds(5)).until(() -> changes.equals(List.of(false, true)));
            gateway.publish("stall/2", bytes("{}"), 1, false).get(5, java.util.concurrent.TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(5)).until(() -> received.contains("stall/2"));
        }
    }
}
