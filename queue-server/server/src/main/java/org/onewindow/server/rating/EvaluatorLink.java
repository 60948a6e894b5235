package org.onewindow.server.rating;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.json.MalformedPayloadException;
import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.message.RatingResult;
import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.LogSafe;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.messaging.HallMessaging;
import org.onewindow.server.pipeline.EffectGroup;
import org.onewindow.server.pipeline.HallEffect;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;

/**
 * The windows' evaluators over MQTT. When a service finishes, its window's evaluator is asked
 * for a rating, retained on {@code evaluator/pending} so that an evaluator that restarts still
 * asks: it stays there when the next ticket is called, since the citizen may still be at the
 * counter and the evaluator keeps it on screen for a minimum; it is cleared once rated there and
 * replaced by the next finished service. {@code evaluator/request}, which evaluators of earlier
 * releases follow, is cleared at the next call as it always was. A rating the evaluator sends
 * back is recorded and answered. An unreadable payload is answered nowhere and logged; it changes
 * nothing.
 */
@Component
class EvaluatorLink implements HallEffect {

    /** A request older than this is not sent when the broker comes back: the citizen has left the counter. */
    private static final Duration STALE = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(EvaluatorLink.class);

    private final RatingService ratings;
    private final HallMessaging messaging;
    private final HallDirectory halls;
    private final LuaScripts scripts;
    private final Clock clock;

    EvaluatorLink(RatingService ratings, HallMessaging messaging, HallDirectory halls, LuaScripts scripts, Clock clock) {
        this.scripts = scripts;
        this.clock = clock;
        this.ratings = ratings;
        this.messaging = messaging;
        this.halls = halls;
    }

    @EventListener(ApplicationReadyEvent.class)
    void listen() {
        for (Hall hall : halls.all()) {
            HallTopics topics = HallTopics.forHall(hall.id());
            // Shared among the instances: each rating is recorded and answered once, not once per instance.
            messaging.subscribeShared(hall.id(), topics.allEvaluatorRatings(),
                    (topic, payload, retained) -> onRating(hall.id(), topic, payload));
        }
    }

    @Override
    public EffectGroup group() {
        return EffectGroup.DEVICES;
    }

    /** Asks the window's evaluator for a rating when a service finishes; clears the old request at the next call. */
    @Override
    public CompletableFuture<Void> apply(HallEvent event) {
        if (event.windowNo().isEmpty() || event.at().isBefore(clock.instant().minus(STALE))) {
            return DONE;
        }
        HallTopics topics = HallTopics.forHall(event.hallId());
        if (event.type() == HallEventType.TICKET_FINISHED) {
            RatingRequest request = ratings.requestFor(FinishedService.of(event));
            byte[] payload = JsonCodec.toBytes(request);
            // Noted in Redis rather than heard back from the broker: every instance may hear the
            // rating, and listening to every hall's requests would cost each instance every hall's traffic.
            scripts.run("evaluator_pending_set", List.of(HallKeys.of(event.hallId()).evaluatorRequests()),
                    List.of(event.windowNo(), request.ticketId()));
            return CompletableFuture.allOf(
                    messaging.publishAcknowledged(event.hallId(), topics.evaluatorPending(event.windowNo()), payload, true),
                    messaging.publishAcknowledged(event.hallId(), topics.evaluatorRequest(event.windowNo()), payload, true));
        }
        if (event.type() == HallEventType.TICKET_CALLED) {
            // Only the earlier releases' topic: the pending one stays, for the minimum on screen.
            return messaging.publishAcknowledged(event.hallId(), topics.evaluatorRequest(event.windowNo()), new byte[0], true);
        }
        return DONE;
    }

    private void onRating(String hallId, String topic, byte[] payload) {
        String windowNo = topic.split("/")[4];
        RatingSubmission submission;
        try {
            submission = JsonCodec.fromBytes(payload, RatingSubmission.class);
        } catch (MalformedPayloadException e) {
            log.warn("Ignored a malformed rating on {}: {}", LogSafe.of(topic), LogSafe.of(e.getMessage()));
            return;
        }
        RatingResult result;
        try {
            String ticketId = ratings.submit(submission.token(), submission, "EVALUATOR").ticketId();
            result = new RatingResult(submission.token(), true, "", "感谢您的评价");
            // The request is answered. The pending topic may already hold the next citizen's, who
            // finished while this one was rating: that one stays.
            HallTopics topics = HallTopics.forHall(hallId);
            Object held = scripts.run("evaluator_pending_clear", List.of(HallKeys.of(hallId).evaluatorRequests()),
                    List.of(windowNo, ticketId));
            if (Long.valueOf(1).equals(held)) {
                messaging.publishHere(hallId, topics.evaluatorPending(windowNo), new byte[0], true);
            }
            messaging.publishHere(hallId, topics.evaluatorRequest(windowNo), new byte[0], true);
        } catch (RefusedException e) {
            result = new RatingResult(submission.token(), false, e.code(), e.getMessage());
        } catch (ConflictException e) {
            result = new RatingResult(submission.token(), false, e.code(), e.getMessage());
        } catch (InvalidFieldException | NotFoundException e) {
            result = new RatingResult(submission.token(), false, e instanceof InvalidFieldException ? "INVALID" : "TOKEN_INVALID",
                    e.getMessage());
        }
        // This instance alone heard the rating (shared subscription): it answers, whoever works the hall.
        messaging.publishHere(hallId, HallTopics.forHall(hallId).evaluatorResult(windowNo), JsonCodec.toBytes(result), false);
    }
}
