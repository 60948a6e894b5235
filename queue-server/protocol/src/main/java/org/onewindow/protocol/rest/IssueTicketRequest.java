package org.onewindow.protocol.rest;

/**
 * Asks for a ticket. Retrying with the same {@code requestId} returns the same ticket, never a
 * second one.
 *
 * @param requestId           chosen by the client, unique per attempt to take a ticket (a UUID)
 * @param areaId              area (theme) to queue for
 * @param itemCode            service item, optional
 * @param identity            who, optional ("no ID card" tickets have none)
 * @param greenChannelReason  DISABILITY, PREGNANCY, MILITARY or OTHER when the citizen asks for
 *                            the green channel on screen, optional
 * @param appointmentId       appointment being checked in, optional
 */
public record IssueTicketRequest(
        String requestId,
        String areaId,
        String itemCode,
        Identity identity,
        String greenChannelReason,
        String appointmentId) {
}
