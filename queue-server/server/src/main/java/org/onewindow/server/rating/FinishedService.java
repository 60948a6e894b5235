package org.onewindow.server.rating;

import java.time.Instant;

import org.onewindow.server.events.HallEvent;
import org.onewindow.server.queue.StoredTicket;

/**
 * A service that has just finished, as the window's finish and its event log entry both tell it:
 * the rating offered for it is the same whichever of them offers it first.
 */
public record FinishedService(String hallId, String ticketId, String ticketNumber, String areaId, String windowNo,
                              Instant finishedAt) {

    public static FinishedService of(HallEvent finished) {
        return new FinishedService(finished.hallId(), finished.ticketId(), finished.ticketNumber(), finished.areaId(),
                finished.windowNo(), finished.at());
    }

    /** From the ticket the finish script returned: it records the same moment as the event. */
    public static FinishedService of(String hallId, String windowNo, StoredTicket t) {
        return new FinishedService(hallId, t.id(), t.number(), t.area(), windowNo, Instant.ofEpochMilli(t.finishedAt()));
    }
}
