package org.onewindow.server.calling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.onewindow.server.cases.CaseService;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.rating.FinishedService;
import org.onewindow.server.rating.RatingService;

/**
 * Opens the case and offers the rating before the clerk is answered, so both exist when the
 * window's screen says the service is done. The finish script logged its event in the same atomic
 * step, so when this fails, or the server dies before it, the event pipeline does it, at least once.
 */
@Component
class FinishRecords implements AfterFinish {

    private static final Logger log = LoggerFactory.getLogger(FinishRecords.class);

    private final CaseService cases;
    private final RatingService ratings;

    FinishRecords(CaseService cases, RatingService ratings) {
        this.cases = cases;
        this.ratings = ratings;
    }

    @Override
    public void finished(String hallId, String windowNo, String actor, StoredTicket finished) {
        try {
            if (CaseService.opensCase(finished.outcome())) {
                cases.open(hallId, finished.id(), actor);
            }
            ratings.offerAtTerminals(FinishedService.of(hallId, windowNo, finished));
        } catch (RuntimeException e) {
            log.warn("Case or rating of ticket {} of hall {} left to the event pipeline: {}", finished.id(), hallId, e.toString());
        }
    }
}
