package org.onewindow.protocol.rpc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.json.MalformedPayloadException;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.topic.HallTopics;

/**
 * Asks over MQTT and waits for the answer: each request goes to this device's own request topic
 * ({@code devices/{id}/requests/{operation}}) with a fresh correlation id (and, as MQTT 5 has it,
 * this device's reply topic, which the server does not need: it answers the device of the topic); the reply with that id completes it. No answer within the timeout fails
 * it; an answer that comes later, or that nobody asked for, is dropped. An answer that cannot be
 * read fails the request with MALFORMED_REPLY; nothing on this side crashes.
 *
 * <p>A request made while the connection is being (re)established waits for it, within its own
 * timeout, rather than failing at once: a terminal that has just started, or is reconnecting,
 * answers its first citizen.
 *
 * <p>An answer UNAVAILABLE (the server's data store is restarting, say) does not end the request:
 * it is sent again, with the same correlation id, until a real answer comes or the time is up.
 */
public final class MqttRequester implements AutoCloseable {

    /** How soon a request the server could not answer for a moment is sent again. */
    public static final Duration RESEND_AFTER = Duration.ofMillis(500);

    private static final Logger log = LoggerFactory.getLogger(MqttRequester.class);

    /** A request waiting for its answer; {@code notNow} holds the server's last "not now", if any. */
    private record Pending(CompletableFuture<RpcReply> answer, Runnable send, AtomicReference<String> notNow) {
    }

    private final MqttGateway mqtt;
    private final HallTopics topics;
    private final String deviceId;
    private final String replyTopic;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    /** Requests waiting for the connection (and the reply subscription made on it). */
    private final Queue<Runnable> untilConnected = new ConcurrentLinkedQueue<>();
    /** Set once the gateway says it is connected, after it has renewed the subscriptions. */
    private volatile boolean ready;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mqtt-request-timeouts");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param topics    the topics of the device's hall
     * @param deviceId  the device asking, the username it connects with: it asks on its own request
     *                  topics and hears its answers on its own reply topic, the only ones the broker
     *                  lets it use
     */
    public MqttRequester(MqttGateway mqtt, HallTopics topics, String deviceId) {
        this.mqtt = mqtt;
        this.topics = topics;
        this.deviceId = deviceId;
        this.replyTopic = topics.deviceReplies(deviceId);
        mqtt.onConnectionChange((connected, cause) -> {
            ready = connected;
            if (connected) {
                sendWaiting();
            }
        });
        mqtt.subscribeToExchanges(replyTopic, 1, (topic, payload, exchange) -> onReply(payload, exchange));
        ready = mqtt.isConnected();
    }

    /** Asks for an operation (e.g. cases.mine) and decodes the answer's body as {@code type}. */
    public <T> CompletableFuture<T> request(String operation, Object body, Class<T> type, Duration timeout) {
        return request(operation, JsonCodec.toBytes(body), timeout).thenApply(reply -> {
            if (!reply.ok()) {
                throw new RpcException(reply.code(), reply.message());
            }
            try {
                return JsonCodec.fromJson(reply.body(), type);
            } catch (MalformedPayloadException e) {
                throw new RpcException("MALFORMED_REPLY", "the answer could not be read: " + e.getMessage());
            }
        });
    }

    /**
     * Sends a request; the future completes with the answer, or fails with an {@link RpcException}.
     * While the server answers {@value RpcReply#UNAVAILABLE} the same request (same correlation id)
     * is sent again every {@link #RESEND_AFTER}, within the timeout.
     */
    public CompletableFuture<RpcReply> request(String operation, byte[] payload, Duration timeout) {
        String topic = topics.deviceRequest(deviceId, operation);
        String id = UUID.randomUUID().toString();
        CompletableFuture<RpcReply> answer = new CompletableFuture<>();
        Runnable send = () -> {
            if (!pending.containsKey(id)) {
                return; // timed out while waiting for the connection
            }
            mqtt.publishExchange(topic, payload, 1, new MqttGateway.Exchange(replyTopic, id.getBytes(StandardCharsets.UTF_8)))
                    .whenComplete((sent, e) -> {
                        if (e != null && pending.remove(id) != null) {
                            answer.completeExceptionally(new RpcException("NOT_SENT", "the request could not be sent: " + e.getMessage()));
                        }
                    });
        };
        Pending request = new Pending(answer, send, new AtomicReference<>());
        pending.put(id, request);
        timer.schedule(() -> {
            if (pending.remove(id) != null) {
                String notNow = request.notNow().get();
                answer.completeExceptionally(notNow != null ? new RpcException(RpcReply.UNAVAILABLE, notNow)
                        : new RpcException("TIMEOUT", "no answer within " + timeout.toMillis() + " ms"));
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        dispatch(send);
        return answer;
    }

    private void dispatch(Runnable send) {
        if (ready) {
            send.run();
        } else {
            untilConnected.add(send);
            if (ready) {
                sendWaiting(); // connected while it was being queued
            }
        }
    }

    private void sendWaiting() {
        for (Runnable send = untilConnected.poll(); send != null; send = untilConnected.poll()) {
            send.run();
        }
    }

    /** Requests still waiting for an answer. */
    public int waiting() {
        return pending.size();
    }

    private void onReply(byte[] payload, MqttGateway.Exchange exchange) {
        String id = new String(exchange.correlationData(), StandardCharsets.UTF_8);
        Pending request = pending.get(id);
        if (request == null) {
            log.debug("Dropped an answer nobody waits for (late, or not ours): {}", id);
            return;
        }
        RpcReply reply;
        try {
            reply = JsonCodec.fromBytes(payload, RpcReply.class);
        } catch (MalformedPayloadException e) {
            if (pending.remove(id) != null) {
                request.answer().completeExceptionally(new RpcException("MALFORMED_REPLY", "the answer could not be read: " + e.getMessage()));
            }
            return;
        }
        if (reply.unavailable()) {
            request.notNow().set(reply.message());
            try {
                timer.schedule(() -> dispatch(request.send()), RESEND_AFTER.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                // Closed meanwhile: close() has failed the request.
            }
            return;
        }
        if (pending.remove(id) != null) {
            request.answer().complete(reply);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        pending.values().forEach(p -> p.answer().completeExceptionally(new RpcException("CLOSED", "closed")));
        pending.clear();
        untilConnected.clear();
    }
}
