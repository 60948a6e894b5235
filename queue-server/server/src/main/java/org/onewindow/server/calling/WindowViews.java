package org.onewindow.server.calling;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.protocol.rest.ParkedTicket;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.rest.WindowView;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallWindow;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.queue.StoredWindow;
import org.onewindow.server.ticket.TicketViews;

/** A window's configuration and live state as one view for consoles. */
final class WindowViews {

    private final QueueReader reader;
    private final TicketViews tickets;
    private final Clock clock;

    WindowViews(QueueReader reader, TicketViews tickets, Clock clock) {
        this.reader = reader;
        this.tickets = tickets;
        this.clock = clock;
    }

    WindowView of(Hall hall, String windowNo) {
        HallWindow config = hall.window(windowNo).orElseThrow();
        StoredWindow state = reader.window(hall.id(), windowNo);
        TicketView current = state.current().isEmpty() ? null : reader.ticket(hall.id(), state.current())
                .filter(t -> StoredTicket.CALLED.equals(t.status()))
                .map(t -> tickets.of(hall.id(), t, false))
                .orElse(null);
        String day = BusinessDay.today(clock, hall.timeZone());
        return new WindowView(windowNo, config.kind().name(), state.status(), state.clerk(),
                state.isTidalOpen() ? state.tidalAreaList() : config.areas(), state.isTidalOpen(), current,
                state.servedOn(day), parked(hall, day, windowNo),
                state.silent() || "1".equals(WindowPlace.hallSilentArg(reader, hall)));
    }

    private List<ParkedTicket> parked(Hall hall, String day, String windowNo) {
        List<ParkedTicket> parked = new ArrayList<>();
        reader.parked(hall.id(), day, windowNo).forEach((id, at) -> reader.ticket(hall.id(), id)
                .map(t -> tickets.of(hall.id(), t, false))
                .ifPresent(t -> parked.add(new ParkedTicket(t.ticketId(), t.number(), t.areaId(), t.itemCode(),
                        t.maskedName(), Instant.ofEpochMilli(at)))));
        return parked;
    }
}
