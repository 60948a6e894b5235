package org.onewindow.protocol.rest;

import java.time.Instant;

/**
 * A service a person received and may rate at a terminal (好差评, one rating per service).
 *
 * @param ticketId      the service
 * @param ticketNumber  e.g. B012
 * @param areaId        its area
 * @param windowNo      the window that served
 * @param finishedAt    when the service ended
 * @param rated         whether it has been rated already (anywhere: evaluator, phone or terminal)
 */
public record RateableService(String ticketId, String ticketNumber, String areaId, String windowNo, Instant finishedAt,
                              boolean rated) {
}
