package org.onewindow.kiosk.queue;

import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;

/**
 * What the queue kiosk asks of the hall: a ticket, or an appointment checked in. Both are
 * idempotent by the request's id, so a retry after a lost answer returns the same ticket.
 */
public interface TicketDesk {

    /** @throws HallApiException refused, or the server could not be reached */
    TicketView issueTicket(IssueTicketRequest request);

    /** @throws HallApiException refused, or the server could not be reached */
    TicketView checkIn(CheckInRequest request);
}
