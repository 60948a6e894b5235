package org.onewindow.server.rating;

import java.time.LocalDate;

import org.onewindow.protocol.rest.RatingView;

/**
 * A follow-up as kept in Redis. Times are epoch milliseconds, 0 when not yet.
 */
record StoredFollowUp(
        String id,
        String hallId,
        RatingView rating,
        String deadline,
        String status,
        String callBackNote,
        String callBackBy,
        long callBackAt,
        String fixNote,
        String resolvedBy,
        long resolvedAt) {

    static final String OPEN = "OPEN";
    static final String CALLED_BACK = "CALLED_BACK";
    static final String RESOLVED = "RESOLVED";

    static StoredFollowUp open(String hallId, RatingView rating, LocalDate deadline) {
        return new StoredFollowUp(rating.ticketId(), hallId, rating, deadline.toString(), OPEN, "", "", 0, "", "", 0);
    }

    StoredFollowUp calledBack(String note, String by, long at) {
        return new StoredFollowUp(id, hallId, rating, deadline, RESOLVED.equals(status) ? status : CALLED_BACK,
                note, by, at, fixNote, resolvedBy, resolvedAt);
    }

    StoredFollowUp resolved(String note, String by, long at) {
        return new StoredFollowUp(id, hallId, rating, deadline, RESOLVED, callBackNote, callBackBy, callBackAt,
                note, by, at);
    }
}
