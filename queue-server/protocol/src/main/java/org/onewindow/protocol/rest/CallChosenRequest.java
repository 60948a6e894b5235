package org.onewindow.protocol.rest;

/**
 * A clerk's choice of one waiting ticket to call out of turn (选呼). Give {@code ticketId} or the
 * printed {@code number} of today's ticket.
 *
 * @param ticketId  e.g. 20260315-A012, or null
 * @param number    e.g. A012, or null
 * @param reason    APPOINTMENT, GREEN_CHANNEL, RETURNED, SAME_MATTER, ARRANGED or OTHER
 * @param note      why, required for OTHER (at most 200 characters)
 */
public record CallChosenRequest(String ticketId, String number, String reason, String note) {
}
