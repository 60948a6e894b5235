package org.onewindow.kiosk.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.identity.NameMask;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.NearTurnNoticeRequest;
import org.onewindow.protocol.rest.NearTurnNoticeView;
import org.onewindow.protocol.rest.TicketView;

/** A hall's ticket desk in memory: numbers tickets per area and keeps every request it was asked. */
final class DeskTwin implements TicketDesk {

    final List<IssueTicketRequest> requests = new ArrayList<>();
    final List<NearTurnNoticeRequest> numbers = new ArrayList<>();
    /** When set, every number left is refused so. */
    HallApiException refuseNumbers;

    @Override
    public TicketView issueTicket(IssueTicketRequest request) {
        requests.add(request);
        String number = "B%03d".formatted(requests.size());
        String masked = request.identity() == null ? "" : NameMask.mask(request.identity().name());
        return new TicketView("20261201-" + number, number, "linxia", request.areaId(), "市场监管", "", "WAITING", "NORMAL",
                masked, 0, 0L, null, List.of("7"), Instant.now(), null, 0, "t" + requests.size(), false, "", false);
    }

    @Override
    public TicketView checkIn(CheckInRequest request) {
        throw new UnsupportedOperationException("no appointments at this desk");
    }

    @Override
    public NearTurnNoticeView leaveNumber(String trackingCode, NearTurnNoticeRequest request) {
        if (refuseNumbers != null) {
            throw refuseNumbers;
        }
        numbers.add(request);
        String m = request.mobile();
        return new NearTurnNoticeView(m.substring(0, 3) + "****" + m.substring(7), request.family(), 3, 0);
    }
}
