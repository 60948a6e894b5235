package org.onewindow.server.rating;

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
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.messaging.HallMessaging;

/**
 * The windows' evaluators over MQTT. When a service finishes, its window's evaluator is asked
 * for a rating (retained, so an evaluator that restarts still asks); the next call at the window
 * clears it, as that citizen has gone. A rating the evaluator sends back is recorded and answered.
 * An unreadable payload is answered nowhere and logged; it changes nothing.
 */
@Component
class EvaluatorLink {

    private static final Logger log = LoggerFactory.getLogger(EvaluatorLink.class);

    private final RatingService ratings;
    private final HallMessaging messaging;
    private final HallDirectory halls;

    EvaluatorLink(RatingService ratings, HallMessaging messaging, HallDirectory halls) {
        this.ratings = ratings;
        this.messaging = messaging;
        this.halls = halls;
    }

    @EventListener(ApplicationReadyEvent.class)
    void listen() {
        for (Hall hall : halls.all()) {
            HallTopics topics = HallTopics.forHall(hall.id());
            messaging.subscribe(hall.id(), topics.allEvaluatorRatings(),
                    (topic, payload, retained) -> onRating(hall.id(), topic, payload));
        }
    }

    @EventListener
    void on(HallEvent event) {
        HallTopics topics = HallTopics.forHall(event.hallId());
        if (event.type() == HallEventType.TICKET_FINISHED && !event.windowNo().isEmpty()) {
            RatingRequest request = ratings.requestFor(event);
            ratings.offerAtTerminals(event, request);
            messaging.publishAsHall(event.hallId(), topics.evaluatorRequest(event.windowNo()),
                    JsonCodec.toBytes(request), true);
        } else if (event.type() == HallEventType.TICKET_CALLED && !event.windowNo().isEmpty()) {
            messaging.publishAsHall(event.hallId(), topics.evaluatorRequest(event.windowNo()), new byte[0], true);
        }
    }

    private void onRating(String hallId, String topic, byte[] payload) {
        String windowNo = topic.split("/")[4];
        RatingSubmission submission;
        try {
            submission = JsonCodec.fromBytes(payload, RatingSubmission.class);
        } catch (MalformedPayloadException e) {
            log.warn("Ignored a malformed rating on {}: {}", topic, e.getMessage());
            return;
        }
        RatingResult result;
        try {
            ratings.submit(submission.token(), submission, "EVALUATOR");
            result = new RatingResult(submission.token(), true, "", "感谢您的评价");
            // The evaluator returns to idle: the request is answered.
            messaging.publishAsHall(hallId, HallTopics.forHall(hallId).evaluatorRequest(windowNo), new byte[0], true);
        } catch (RefusedException e) {
            result = new RatingResult(submission.token(), false, e.code(), e.getMessage());
        } catch (ConflictException e) {
            result = new RatingResult(submission.token(), false, e.code(), e.getMessage());
        } catch (InvalidFieldException | NotFoundException e) {
            result = new RatingResult(submission.token(), false, e instanceof InvalidFieldException ? "INVALID" : "TOKEN_INVALID",
                    e.getMessage());
        }
        messaging.publishAsHall(hallId, HallTopics.forHall(hallId).evaluatorResult(windowNo), JsonCodec.toBytes(result), false);
    }
}
