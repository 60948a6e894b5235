package org.onewindow.protocol.evaluator;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.json.MalformedPayloadException;
import org.onewindow.protocol.message.RatingLevel;
import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.message.RatingResult;
import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.topic.HallTopics;

/**
 * A window evaluator on MQTT: follows the window's pending rating request (retained, kept when the
 * next ticket is called, cleared by an empty payload once rated here), sends the citizen's choice,
 * and hears the server's answer. How long a request stays on screen is the screen's decision. Used
 * by the evaluator screen and, in tests and demos, as a simulated evaluator.
 */
public final class EvaluatorClient {

    private static final Logger log = LoggerFactory.getLogger(EvaluatorClient.class);

    private final MqttGateway mqtt;
    private final HallTopics topics;
    private final String windowNo;
    private final String deviceId;
    private final AtomicReference<RatingRequest> pending = new AtomicReference<>();
    private volatile Consumer<Optional<RatingRequest>> onRequest = r -> { };
    private volatile Consumer<RatingResult> onResult = r -> { };

    public EvaluatorClient(MqttGateway mqtt, String hallId, String windowNo, String deviceId) {
        this.mqtt = mqtt;
        this.topics = HallTopics.forHall(hallId);
        this.windowNo = windowNo;
        this.deviceId = deviceId;
        mqtt.subscribe(topics.evaluatorPending(windowNo), 1, (topic, payload, retained) -> onRequest(topic, payload));
        mqtt.subscribe(topics.evaluatorResult(windowNo), 1, (topic, payload, retained) -> onResult(topic, payload));
    }

    /** Told of the window's latest service waiting to be rated, and when it has been rated here (empty). */
    public void onRequest(Consumer<Optional<RatingRequest>> listener) {
        this.onRequest = listener;
        listener.accept(pending());
    }

    public void onResult(Consumer<RatingResult> listener) {
        this.onResult = listener;
    }

    /** The window's latest service waiting to be rated, if any. */
    public Optional<RatingRequest> pending() {
        return Optional.ofNullable(pending.get());
    }

    /** Sends the citizen's rating of the window's latest service. */
    public CompletableFuture<Void> rate(RatingLevel level, List<String> reasons, String comment) {
        RatingRequest request = pending.get();
        if (request == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no service is waiting to be rated"));
        }
        return rate(request, level, reasons, comment);
    }

    /**
     * Sends the citizen's rating of the given service: the one on screen, which may be older than
     * the latest when the next citizen finished while the previous one was still rating.
     */
    public CompletableFuture<Void> rate(RatingRequest request, RatingLevel level, List<String> reasons, String comment) {
        RatingSubmission submission = new RatingSubmission(request.token(), level.name(), reasons, comment, deviceId);
        return mqtt.publish(topics.evaluatorRating(windowNo), JsonCodec.toBytes(submission), 1, false);
    }

    private void onRequest(String topic, byte[] payload) {
        if (payload == null || payload.length == 0) {
            pending.set(null);
            onRequest.accept(Optional.empty());
            return;
        }
        try {
            RatingRequest request = JsonCodec.fromBytes(payload, RatingRequest.class);
            if (!windowNo.equals(request.windowNo()) || request.token() == null) {
                log.warn("Ignored a rating request on {}: it is for window {}", topic, request.windowNo());
                return;
            }
            pending.set(request);
            onRequest.accept(Optional.of(request));
        } catch (MalformedPayloadException e) {
            log.warn("Ignored a malformed rating request on {}: {}", topic, e.getMessage());
        }
    }

    private void onResult(String topic, byte[] payload) {
        try {
            onResult.accept(JsonCodec.fromBytes(payload, RatingResult.class));
        } catch (MalformedPayloadException e) {
            log.warn("Ignored a malformed rating result on {}: {}", topic, e.getMessage());
        }
    }
}
