package org.onewindow.server.messaging;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.rpc.MqttResponder;
import org.onewindow.protocol.topic.HallTopics;

/**
 * What other features may do on the hall's broker connection: publish as the hall's single
 * publisher, and listen to devices. Everything else about MQTT stays in this package.
 */
@Component
public class HallMessaging {

    private static final Logger log = LoggerFactory.getLogger(HallMessaging.class);

    private final HallConnections connections;
    private final BrokerAcknowledged broker;

    HallMessaging(HallConnections connections, BrokerAcknowledged broker) {
        this.connections = connections;
        this.broker = broker;
    }

    /**
     * Publishes for an effect of the event pipeline: the future completes once the broker has the
     * message, and fails with {@link org.onewindow.server.pipeline.RetryLater} while it is away.
     */
    public CompletableFuture<Void> publishAcknowledged(String hallId, String topic, byte[] payload, boolean retained) {
        return broker.publish(hallId, topic, payload, retained);
    }

    /**
     * Publishes an event that only this instance knows of (it made it, exactly once), whether or not
     * it is the hall's publisher; does nothing while the broker is away.
     */
    public void publishEvent(String hallId, String topic, byte[] payload) {
        publishHere(hallId, topic, payload, false);
    }

    /**
     * Publishes what this instance alone handled (a device's message that reached it through a
     * shared subscription), whether or not it works the hall; does nothing while the broker is away.
     */
    public void publishHere(String hallId, String topic, byte[] payload, boolean retained) {
        MqttGateway gateway = connections.of(hallId);
        if (gateway == null || !gateway.isConnected()) {
            log.warn("Not connected: {} not published", topic);
            return;
        }
        publish(hallId, topic, payload, retained);
    }

    private void publish(String hallId, String topic, byte[] payload, boolean retained) {
        MqttGateway gateway = connections.of(hallId);
        if (gateway == null || !gateway.isConnected()) {
            return;
        }
        gateway.publish(topic, payload, 1, retained).exceptionally(e -> {
            log.warn("Publishing {} failed: {}", topic, e.toString());
            return null;
        });
    }

    /**
     * Answers devices' requests of the hall (MQTT 5 request/response), each on the reply topic of
     * the device its topic names. The subscription is shared among the server instances, so each
     * request is answered once, by one of them.
     */
    public void answerRequests(String hallId, MqttResponder.Handler handler) {
        MqttGateway gateway = connections.of(hallId);
        if (gateway == null) {
            throw new IllegalArgumentException("no MQTT connection for hall " + hallId);
        }
        HallTopics topics = HallTopics.forHall(hallId);
        new MqttResponder(gateway, topics, connections.sharedByServers(hallId, topics.allDeviceRequests()), handler);
    }

    /**
     * Listens on the hall's connection at QoS 1 with the other server instances: each message
     * reaches one of them.
     */
    public void subscribeShared(String hallId, String filter, MqttGateway.MessageHandler handler) {
        subscribe(hallId, connections.sharedByServers(hallId, filter), handler);
    }

    /**
     * Listens on the hall's connection at QoS 1; the subscription is restored after every reconnect,
     * when the retained messages arrive anew. A connection keeps one handler per filter: subscribing
     * to a filter again replaces its handler.
     */
    public void subscribe(String hallId, String filter, MqttGateway.MessageHandler handler) {
        MqttGateway gateway = connections.of(hallId);
        if (gateway == null) {
            throw new IllegalArgumentException("no MQTT connection for hall " + hallId);
        }
        gateway.subscribe(filter, 1, handler);
    }
}
