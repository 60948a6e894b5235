package org.onewindow.protocol.rest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A bad rating the manager must follow up (差评整改): call the citizen back and put the cause
 * right within 15 working days.
 *
 * @param id            follow-up id (the ticket id)
 * @param rating        the rating
 * @param deadline      last working day to resolve it
 * @param status        OPEN, CALLED_BACK or RESOLVED
 * @param callBackNote  what the citizen said on the call-back
 * @param callBackBy    who called
 * @param callBackAt    when
 * @param fixNote       what was put right
 * @param resolvedBy    who closed it
 * @param resolvedAt    when
 * @param overdue       past its deadline and not resolved
 */
public record FollowUpView(
        String id,
        RatingView rating,
        LocalDate deadline,
        String status,
        String callBackNote,
        String callBackBy,
        Instant callBackAt,
        String fixNote,
        String resolvedBy,
        Instant resolvedAt,
        boolean overdue) {
}
