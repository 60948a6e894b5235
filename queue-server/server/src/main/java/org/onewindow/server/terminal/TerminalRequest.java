package org.onewindow.server.terminal;

import java.util.List;

import org.onewindow.protocol.rest.Identity;

/**
 * The body of a terminal's request; each operation reads the fields it needs.
 *
 * @param identity  from the swiped ID card (cases.mine, appointments.book)
 * @param areaId    appointments.slots, appointments.book
 * @param date      yyyy-MM-dd: appointments.slots, appointments.book
 * @param slotStart HH:mm: appointments.book
 * @param itemCode  items.checklist; optional for appointments.book
 * @param caseNo    locker.open, locker.collected (with the identity)
 * @param grant     locker.collected: the token of the {@code locker.open} grant
 * @param appointmentId appointments.cancel
 * @param ticketId  ratings.submit: the service rated
 * @param level     ratings.submit: VERY_SATISFIED … VERY_DISSATISFIED
 * @param reasons   ratings.submit: reason codes of a bad rating
 * @param comment   ratings.submit: the citizen's words, optional
 */
record TerminalRequest(Identity identity, String areaId, String date, String slotStart, String itemCode, String caseNo,
                       String ticketId, String level, List<String> reasons, String comment, String grant,
                       String appointmentId) {
}
