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

    /**
     * Publishes a request or a reply of an MQTT 5 request/response exchange: not retained, with
     * the exchange's response topic and correlation data.
     */
    CompletableFuture<Void> publishExchange(String topic, byte[] payload, int qos, Exchange exchange);

    /** Subscribes to requests or replies: the handler also receives their exchange properties. */
    CompletableFuture<Void> subscribeToExchanges(String filter, int qos, ExchangeHandler handler);

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

    /**
     * The MQTT 5 properties that tie a reply to its request.
     *
     * @param responseTopic    where the reply goes; empty on a reply
     * @param correlationData  the requester's id of the request, copied into the reply
     */
    record Exchange(String responseTopic, byte[] correlationData) {

        public Exchange {
            responseTopic = responseTopic == null ? "" : responseTopic;
            correlationData = correlationData == null ? new byte[0] : correlationData.clone();
        }

        @Override
        public byte[] correlationData() {
            return correlationData.clone();
        }
    }

    /** Receives requests or replies with their exchange properties. An exception it throws is logged. */
    @FunctionalInterface
    interface ExchangeHandler {
        void handle(String topic, byte[] payload, Exchange exchange);
    }

    /** Told of connection changes. */
    @FunctionalInterface
    interface ConnectionListener {
        void changed(boolean connected, Throwable cause);
    }
}
