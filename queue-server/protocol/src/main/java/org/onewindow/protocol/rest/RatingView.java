package org.onewindow.protocol.rest;

import java.time.Instant;
import java.util.List;

/**
 * A recorded rating (好差评) of one service.
 *
 * @param ticketId      the service rated
 * @param ticketNumber  e.g. B012
 * @param windowNo      window that served
 * @param clerk         who served
 * @param areaId        area of the ticket
 * @param level         VERY_SATISFIED … VERY_DISSATISFIED
 * @param reasons       reason codes of a bad rating
 * @param comment       the citizen's words
 * @param channel       EVALUATOR or PHONE
 * @param at            when rated
 */
public record RatingView(
        String ticketId,
        String ticketNumber,
        String windowNo,
        String clerk,
        String areaId,
        String level,
        List<String> reasons,
        String comment,
        String channel,
        Instant at) {

    public RatingView {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        comment = comment == null ? "" : comment;
    }
}
