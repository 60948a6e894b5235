package org.onewindow.protocol.rpc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.topic.HallTopics;

/**
 * Answers devices' requests of a hall ({@code devices/{id}/requests/{operation}}). The asking
 * device is the one the topic names, which the broker guarantees (a device may publish only on its
 * own request topics); the answer goes to that device's reply topic, with the request's correlation
 * data, and nowhere else: a response topic in the request is ignored, so no device can make the
 * server publish on another device's replies or on hall state. A request without correlation data
 * cannot be matched by its asker and is dropped. A handler that fails answers INTERNAL rather than
 * leaving the requester to time out; one that returns null sends no answer.
 */
public final class MqttResponder {

    private static final Logger log = LoggerFactory.getLogger(MqttResponder.class);

    /** Turns one request into its reply, or null to leave it unanswered. */
    @FunctionalInterface
    public interface Handler {
        RpcReply handle(String deviceId, String operation, byte[] payload);
    }

    /**
     * @param subscription the requests to answer: {@link HallTopics#allDeviceRequests()}, or a
     *                     shared subscription of it
     */
    public MqttResponder(MqttGateway mqtt, HallTopics topics, String subscription, Handler handler) {
        mqtt.subscribeToExchanges(subscription, 1, (topic, payload, exchange) -> {
            var request = topics.requestOf(topic);
            if (request.isEmpty()) {
                log.warn("Dropped a message on {}: not a device's request topic", topic);
                return;
            }
            if (exchange.correlationData().length == 0) {
                log.warn("Dropped a request on {} without correlation data", topic);
                return;
            }
            String deviceId = request.get().deviceId();
            RpcReply reply;
            try {
                reply = handler.handle(deviceId, request.get().operation(), payload);
            } catch (RuntimeException e) {
                log.error("Answering a request on {} failed", topic, e);
                reply = RpcReply.refused("INTERNAL", "the server failed; details are in its log");
            }
            if (reply != null) {
                mqtt.publishExchange(topics.deviceReplies(deviceId), JsonCodec.toBytes(reply), 1,
                        new MqttGateway.Exchange("", exchange.correlationData()));
            }
        });
    }
}
