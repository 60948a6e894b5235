package org.onewindow.server.messaging;

import org.springframework.stereotype.Component;

import org.onewindow.protocol.mqtt.MqttGateway;

/**
 * Lets other features read a hall's MQTT topics on the hall's own connection, so that only this
 * feature holds broker connections. Publishing stays with {@link HallPublisher}, which publishes
 * from the event log.
 */
@Component
public class HallSubscriptions {

    private final HallConnections connections;

    HallSubscriptions(HallConnections connections) {
        this.connections = connections;
    }

    /**
     * Subscribes at QoS 1, again after every reconnect, when the retained messages arrive anew. A
     * connection keeps one handler per filter: subscribing to a filter again replaces its handler.
     */
    public void subscribe(String hallId, String filter, MqttGateway.MessageHandler handler) {
        MqttGateway gateway = connections.of(hallId);
        if (gateway == null) {
            throw new IllegalArgumentException("no MQTT connection for hall " + hallId);
        }
        gateway.subscribe(filter, 1, handler);
    }
}
