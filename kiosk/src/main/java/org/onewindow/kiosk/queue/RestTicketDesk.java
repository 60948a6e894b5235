package org.onewindow.kiosk.queue;

import org.onewindow.protocol.client.HallRestClient;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.NearTurnNoticeRequest;
import org.onewindow.protocol.rest.NearTurnNoticeView;
import org.onewindow.protocol.rest.TicketView;

/** The ticket desk of the queue server, over its REST API. */
public record RestTicketDesk(HallRestClient rest) implements TicketDesk {

    @Override
    public TicketView issueTicket(IssueTicketRequest request) {
        return rest.issueTicket(request);
    }

    @Override
    public TicketView checkIn(CheckInRequest request) {
        return rest.checkIn(request);
    }

    @Override
    public NearTurnNoticeView leaveNumber(String trackingCode, NearTurnNoticeRequest request) {
        return rest.leaveNumber(trackingCode, request);
    }
}
