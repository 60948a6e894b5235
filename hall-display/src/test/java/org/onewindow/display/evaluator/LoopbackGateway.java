package org.onewindow.display.evaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.onewindow.protocol.mqtt.MqttGateway;

/** A broker in memory for one client: what it publishes is kept, and a test delivers to its subscriptions. */
final class LoopbackGateway implements MqttGateway {

    record Published(String topic, byte[] payload) {
    }

    private record Subscription(String topic, MessageHandler handler) {
    }

    final List<Published> published = new ArrayList<>();
    private final List<Subscription> subscriptions = new ArrayList<>();

    /** A message from the broker, on exact topics only; the evaluator subscribes to no wildcard. */
    void deliver(String topic, byte[] payload) {
        subscriptions.stream().filter(s -> s.topic().equals(topic)).forEach(s -> s.handler().handle(topic, payload, false));
    }

    @Override
    public CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retained) {
        published.add(new Published(topic, payload));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> subscribe(String filter, int qos, MessageHandler handler) {
        subscriptions.add(new Subscription(filter, handler));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> publishExchange(String topic, byte[] payload, int qos, Exchange exchange) {
        return publish(topic, payload, qos, false);
    }

    @Override
    public CompletableFuture<Void> subscribeToExchanges(String filter, int qos, ExchangeHandler handler) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onConnectionChange(ConnectionListener listener) {
    }

    @Override
    public boolean isConnected() {
        return true;
    }

    @Override
    public void close() {
    }
}
