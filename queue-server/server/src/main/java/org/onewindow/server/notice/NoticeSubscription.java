package org.onewindow.server.notice;

/**
 * A mobile number left for a ticket, as kept for the day.
 *
 * @param ticketId  the ticket
 * @param number    its number, e.g. A012
 * @param areaId    its area, whose calls move it forward
 * @param mobile    the number to text (kept in Redis only until the end of the business day)
 * @param family    a family member's number, left for an elderly citizen: the message says so
 * @param aheadAt   people ahead at which the near-turn notice goes out
 */
record NoticeSubscription(String ticketId, String number, String areaId, String mobile, boolean family, int aheadAt) {
}
