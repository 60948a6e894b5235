package org.onewindow.protocol.rest;

/**
 * Moves a case on: to IN_REVIEW, DECIDED, READY (with where to collect it) or DELIVERED.
 *
 * @param status        the next status
 * @param note          why, or the decision in brief; optional
 * @param pickupMethod  for READY: WINDOW, LOCKER or MAIL
 * @param pickupPlace   for READY: window number, locker slot or postal tracking number
 */
public record CaseStatusRequest(String status, String note, String pickupMethod, String pickupPlace) {
}
