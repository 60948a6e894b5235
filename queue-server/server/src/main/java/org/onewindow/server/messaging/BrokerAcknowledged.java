package org.onewindow.server.messaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.server.pipeline.RetryLater;

/**
 * Publishes at QoS 1 for effects that are done only once the broker has the message: the future
 * completes on the broker's acknowledgement, and fails with {@link RetryLater} when the broker is
 * away, drops the connection, or does not answer within {@link #PATIENCE_SECONDS}, so the entry
 * is kept and published again.
 */
@Component
class BrokerAcknowledged {

    private static final long PATIENCE_SECONDS = 5;

    private final HallConnections connections;

    BrokerAcknowledged(HallConnections connections) {
        this.connections = connections;
    }

    CompletableFuture<Void> publish(String hallId, String topic, byte[] payload, boolean retained) {
        MqttGateway gateway = connections.publishingOf(hallId);
        if (gateway == null || !gateway.isConnected()) {
            return CompletableFuture.failedFuture(new RetryLater("the broker is away; " + topic + " waits"));
        }
        CompletableFuture<Void> taken = new CompletableFuture<>();
        gateway.publish(topic, payload, 1, retained).orTimeout(PATIENCE_SECONDS, TimeUnit.SECONDS).whenComplete((ok, e) -> {
            if (e == null) {
                taken.complete(null);
            } else {
                taken.completeExceptionally(new RetryLater("the broker did not take " + topic + ": " + e));
            }
        });
        return taken;
    }
}
