package org.onewindow.protocol.mqtt;

import java.util.concurrent.CompletableFuture;

/** A connection to an MQTT broker that keeps itself connected. */
public interface MqttGateway extends AutoCloseable {

    /**
     * Publishes a message. Fails at once (never queues silently) when the connection is down, so
     * the caller can decide to retry or to republish state later.
     */
    CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retained);

    /** Subscribes; the subscription is restored after every reconnect. */
    CompletableFuture<Void> subscribe(String filter, int qos, MessageHandler handler);

    /** Called on every (re)connect and every loss of the connection. */
    void onConnectionChange(ConnectionListener listener);

    boolean isConnected();

    /** Disconnects cleanly (so no last-will is sent) and stops reconnecting. */
    @Override
    void close();

    /** Receives messages of a subscription. An exception it throws is logged, never fatal. */
    @FunctionalInterface
    interface MessageHandler {
        void handle(String topic, byte[] payload, boolean retained);
    }

    /** Told of connection changes. */
    @FunctionalInterface
    interface ConnectionListener {
        void changed(boolean connected, Throwable cause);
    }
}
