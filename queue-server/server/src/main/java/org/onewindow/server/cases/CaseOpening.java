package org.onewindow.server.cases;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.pipeline.EffectGroup;
import org.onewindow.server.pipeline.HallEffect;

/**
 * Opens the case of every service that finished with an application, from the event log. The
 * window's finish has opened it already unless the server died in between; opening is idempotent.
 */
@Component
class CaseOpening implements HallEffect {

    private static final Logger log = LoggerFactory.getLogger(CaseOpening.class);

    private final CaseService cases;

    CaseOpening(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public EffectGroup group() {
        return EffectGroup.RECORDS;
    }

    @Override
    public CompletableFuture<Void> apply(HallEvent event) {
        if (event.type() != HallEventType.TICKET_FINISHED || !CaseService.opensCase(event.get("outcome"))
                || cases.opened(event.hallId(), event.ticketId())) {
            return DONE;
        }
        try {
            cases.open(event.hallId(), event.ticketId(), event.actor());
        } catch (NotFoundException gone) {
            // The day's tickets have expired (an old log read for the first time): nothing left to open.
            log.debug("No case for ticket {} of hall {}: {}", event.ticketId(), event.hallId(), gone.getMessage());
        }
        return DONE;
    }
}
