package org.onewindow.kiosk.queue;

import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.NearTurnNoticeRequest;
import org.onewindow.protocol.rest.NearTurnNoticeView;
import org.onewindow.protocol.rest.TicketView;

/**
 * What the queue kiosk asks of the hall: a ticket, or an appointment checked in (both idempotent by
 * the request's id, so a retry after a lost answer returns the same ticket), and a mobile number left
 * for a ticket's near-turn texts (leaving it again replaces it).
 */
public interface TicketDesk {

    /** @throws HallApiException refused, or the server could not be reached */
    TicketView issueTicket(IssueTicketRequest request);

    /** @throws HallApiException refused, or the server could not be reached */
    TicketView checkIn(CheckInRequest request);

    /** @throws HallApiException refused (400 not a mobile number, 404, 409 no longer waiting), or unreachable */
    NearTurnNoticeView leaveNumber(String trackingCode, NearTurnNoticeRequest request);
}
