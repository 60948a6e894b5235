package org.onewindow.server.notice;

import org.springframework.stereotype.Service;

import org.onewindow.protocol.rest.NearTurnNoticeRequest;
import org.onewindow.protocol.rest.NearTurnNoticeView;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.hall.Area;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.ticket.TicketService;

/**
 * Takes and drops citizens' numbers for near-turn notices. Whoever holds a ticket's tracking code
 * (its QR code) may leave a number for it, as they may follow it; the number is kept until the end
 * of the ticket's business day.
 */
@Service
class NoticeService {

    private final HallDirectory halls;
    private final TicketService tickets;
    private final NoticeStore store;

    NoticeService(HallDirectory halls, TicketService tickets, NoticeStore store) {
        this.halls = halls;
        this.tickets = tickets;
        this.store = store;
    }

    NearTurnNoticeView subscribe(String hallId, String trackingCode, NearTurnNoticeRequest request) {
        String mobile = MobileNumber.checked(request == null ? null : request.mobile());
        Hall hall = halls.get(hallId);
        TicketView t = tickets.findByTracking(hallId, trackingCode);
        int aheadAt = hall.area(t.areaId()).map(Area::noticeAhead).orElse(Area.DEFAULT_NOTICE_AHEAD);
        String day = StoredTicket.dayOf(t.ticketId());
        store.subscribe(hallId, day, new NoticeSubscription(t.ticketId(), t.number(), t.areaId(), mobile,
                request.family(), aheadAt), endOfDay(hall, day));
        return new NearTurnNoticeView(MobileNumber.masked(mobile), request.family(), aheadAt, t.peopleAhead());
    }

    void cancel(String hallId, String trackingCode) {
        TicketView t = tickets.findByTracking(hallId, trackingCode);
        if (!store.cancel(hallId, StoredTicket.dayOf(t.ticketId()), t.ticketId())) {
            throw new NotFoundException("notice", t.number());
        }
    }

    /** When the business day ends in the hall's time zone, in unix seconds: no number outlives its day. */
    static long endOfDay(Hall hall, String day) {
        return BusinessDay.parse(day).plusDays(1).atStartOfDay(hall.timeZone()).toEpochSecond();
    }
}
