package org.onewindow.protocol.rpc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.TopicFilter;

/**
 * Answers requests arriving on a topic filter: the handler's reply goes to the request's response
 * topic with its correlation data. A request without either cannot be answered and is dropped, and
 * so is one whose response topic lies outside the allowed replies filter: otherwise a device could
 * make the server publish on any topic (a fake call on the boards). A handler that fails answers
 * INTERNAL rather than leaving the requester to time out.
 */
public final class MqttResponder {

    private static final Logger log = LoggerFactory.getLogger(MqttResponder.class);

    /** Turns one request into its reply. */
    @FunctionalInterface
    public interface Handler {
        RpcReply handle(String topic, byte[] payload);
    }

    /**
     * @param repliesFilter the topics replies may go to, e.g. {@code hall/v1/linxia/devices/+/replies}
     */
    public MqttResponder(MqttGateway mqtt, String requestFilter, String repliesFilter, Handler handler) {
        mqtt.subscribeToExchanges(requestFilter, 1, (topic, payload, exchange) -> {
            if (exchange.responseTopic().isEmpty() || exchange.correlationData().length == 0) {
                log.warn("Dropped a request on {} without a response topic or correlation data", topic);
                return;
            }
            if (!TopicFilter.matches(repliesFilter, exchange.responseTopic())) {
                log.warn("Dropped a request on {}: replies may not go to {}", topic, exchange.responseTopic());
                return;
            }
            RpcReply reply;
            try {
                reply = handler.handle(topic, payload);
            } catch (RuntimeException e) {
                log.error("Answering a request on {} failed", topic, e);
                reply = RpcReply.refused("INTERNAL", "the server failed; details are in its log");
            }
            mqtt.publishExchange(exchange.responseTopic(), JsonCodec.toBytes(reply), 1,
                    new MqttGateway.Exchange("", exchange.correlationData()));
        });
    }
}
