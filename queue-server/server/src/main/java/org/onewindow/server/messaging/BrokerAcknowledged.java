package org.onewindow.server.messaging;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Component;

import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.server.pipeline.RetryLater;

/**
 * Publishes at QoS 1 and returns once the broker has the message, for effects that are done only
 * when it has; while the broker is away it says {@link RetryLater}, so the entry is kept.
 */
@Component
class BrokerAcknowledged {

    private static final long PATIENCE_SECONDS = 5;

    private final HallConnections connections;

    BrokerAcknowledged(HallConnections connections) {
        this.connections = connections;
    }

    void publish(String hallId, String topic, byte[] payload, boolean retained) {
        MqttGateway gateway = connections.of(hallId);
        if (gateway == null || !gateway.isConnected()) {
            throw new RetryLater("the broker is away; " + topic + " waits");
        }
        try {
            gateway.publish(topic, payload, 1, retained).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new RetryLater("the broker did not take " + topic + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryLater("interrupted while publishing " + topic);
        }
    }
}
