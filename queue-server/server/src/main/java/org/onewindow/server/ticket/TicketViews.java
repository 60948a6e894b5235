package org.onewindow.server.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.hall.Area;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.queue.StoredWindow;
import org.onewindow.server.queue.TicketPlace;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.state.HallStateQuery;

/** Turns stored tickets into the views kiosks, clerks and phones see, with place and estimate. */
@Component
public class TicketViews {

    private final HallDirectory halls;
    private final QueueReader reader;
    private final HallStateQuery state;
    private final TrackingLinks links;

    public TicketViews(HallDirectory halls, QueueReader reader, HallStateQuery state, TrackingLinks links) {
        this.halls = halls;
        this.reader = reader;
        this.state = state;
        this.links = links;
    }

    /** The view of one ticket; {@code existing} marks an answer that created nothing. */
    public TicketView of(String hallId, StoredTicket t, boolean existing) {
        Hall hall = halls.get(hallId);
        if (!t.isWaiting()) {
            return view(hall, t, 0, Long.valueOf(0), existing, reader::windows);
        }
        TicketPlace place = reader.place(hallId, queueKey(hallId, t), t.score(), t.id());
        Long estimate = state.estimateWaitSeconds(hallId, t.area(), t.targetWindow(), place.ahead(), place.windows(),
                place.samples());
        return view(hall, t, place.ahead(), estimate, existing, h -> place.windows());
    }

    /** Views of the waiting tickets of an area's queue in calling order; one estimate serves them all. */
    public List<TicketView> waitingInOrder(String hallId, String areaId, List<StoredTicket> tickets) {
        Hall hall = halls.get(hallId);
        Long perTicket = state.estimateWaitSeconds(hallId, areaId, "", 1);
        List<TicketView> views = new ArrayList<>();
        for (int i = 0; i < tickets.size(); i++) {
            views.add(view(hall, tickets.get(i), i, perTicket == null ? null : Long.valueOf(i * perTicket), false));
        }
        return views;
    }

    /** {@code estimate} null: no window that can call the ticket is open. */
    private TicketView view(Hall hall, StoredTicket t, int ahead, Long estimate, boolean existing) {
        return view(hall, t, ahead, estimate, existing, reader::windows);
    }

    /** {@code windows}: the hall's windows, read only when the ticket may go to more than one. */
    private TicketView view(Hall hall, StoredTicket t, int ahead, Long estimate, boolean existing,
                            Function<String, Map<String, StoredWindow>> windowsOfHall) {
        List<String> windows = !t.targetWindow().isEmpty() ? List.of(t.targetWindow())
                : state.windowsServingNow(hall.id(), t.area(), windowsOfHall.apply(hall.id()));
        return new TicketView(t.id(), t.number(), hall.id(), t.area(),
                hall.area(t.area()).map(Area::name).orElse(t.area()), t.item(), t.status(), t.priority(), t.name(),
                ahead, estimate, t.window(), windows, Instant.ofEpochMilli(t.issued()),
                t.calledAt() == 0 ? null : Instant.ofEpochMilli(t.lastCalledAt()), t.recalls(), t.tracking(), existing,
                t.greenReason().startsWith(PENDING_PREFIX) ? "PENDING" : t.greenReason(), estimate == null,
                links.pageUrl(hall.id(), t.tracking()), null);
    }

    /** Marks a green-channel reason chosen on screen that staff have yet to confirm. */
    public static final String PENDING_PREFIX = "PENDING:";

    static String queueKey(String hallId, StoredTicket t) {
        HallKeys keys = HallKeys.of(hallId);
        return t.targetWindow().isEmpty() ? keys.areaQueue(t.day(), t.area()) : keys.windowQueue(t.day(), t.targetWindow());
    }
}
