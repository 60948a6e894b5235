package org.onewindow.server.terminal;

import org.onewindow.protocol.rest.Identity;

/**
 * The body of a terminal's request; each operation reads the fields it needs.
 *
 * @param identity  from the swiped ID card (cases.mine, appointments.book)
 * @param areaId    appointments.slots, appointments.book
 * @param date      yyyy-MM-dd: appointments.slots, appointments.book
 * @param slotStart HH:mm: appointments.book
 * @param itemCode  items.checklist; optional for appointments.book
 * @param caseNo    locker.collected
 */
record TerminalRequest(Identity identity, String areaId, String date, String slotStart, String itemCode, String caseNo) {
}
