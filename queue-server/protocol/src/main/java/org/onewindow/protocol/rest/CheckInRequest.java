package org.onewindow.protocol.rest;

/**
 * Checks in an appointment at a kiosk by its scanned code; the answer is the appointment's
 * ticket. Checking in twice gives the same ticket.
 *
 * @param requestId  chosen by the kiosk, as for {@link IssueTicketRequest}
 * @param code       the scanned appointment code, exactly as read
 */
public record CheckInRequest(String requestId, String code) {
}
