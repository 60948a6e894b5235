package org.onewindow.server.rating;

import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.pipeline.EffectGroup;
import org.onewindow.server.pipeline.HallEffect;

/**
 * Offers every finished service for rating at the terminals, from the event log: the window's
 * finish has offered it already unless the server died in between; offering again changes nothing.
 */
@Component
class RatingOffering implements HallEffect {

    private final RatingService ratings;

    RatingOffering(RatingService ratings) {
        this.ratings = ratings;
    }

    @Override
    public EffectGroup group() {
        return EffectGroup.RECORDS;
    }

    @Override
    public CompletableFuture<Void> apply(HallEvent event) {
        if (event.type() == HallEventType.TICKET_FINISHED) {
            ratings.offerAtTerminals(FinishedService.of(event));
        }
        return DONE;
    }
}
