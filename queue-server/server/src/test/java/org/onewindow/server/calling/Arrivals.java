package org.onewindow.server.calling;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventLog;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.QueueCore;

/** Walk-in citizens arriving half a minute apart, and the hall's last event: what the calling tests start from. */
final class Arrivals {

    private final QueueCore core;
    private final MutableClock clock;
    private final Hall hall;

    Arrivals(QueueCore core, MutableClock clock, Hall hall) {
        this.core = core;
        this.clock = clock;
        this.hall = hall;
    }

    /** A ticket taken at the kiosk, without an ID; the next one arrives 30 s later. */
    TicketView walkIn(String area) {
        TicketView t = core.tickets.issue(hall.id(),
                new IssueTicketRequest(UUID.randomUUID().toString(), area, null, null, null, null), "kiosk-1").ticket();
        clock.advance(Duration.ofSeconds(30));
        return t;
    }

    HallEvent lastEvent() {
        List<HallEvent> events = new HallEventLog(core.pool).readAfter(hall.id(), "0-0", 1000);
        return events.get(events.size() - 1);
    }
}
