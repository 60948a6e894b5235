package org.onewindow.server.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import org.onewindow.protocol.rest.GreenChannelRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.hall.Area;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.HallWindow;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.queue.TicketRecord;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;
import org.onewindow.server.ticket.TicketViews;

/** What the desk asks of the queue: today's tickets by number, and the green-channel requests waiting for a decision. */
@Service
class DeskService {

    /** An area's prefix letter and its sequence, as printed (A012); past 999 the number grows (A1000). */
    private static final Pattern NUMBER = Pattern.compile("[A-Z][0-9]{3,6}");
    static final int MAX_REASON = 200;

    private final HallDirectory halls;
    private final QueueReader reader;
    private final TicketViews views;
    private final LuaScripts scripts;
    private final Clock clock;

    DeskService(HallDirectory halls, QueueReader reader, TicketViews views, LuaScripts scripts, Clock clock) {
        this.halls = halls;
        this.reader = reader;
        this.views = views;
        this.scripts = scripts;
        this.clock = clock;
    }

    /** Today's ticket with this printed number; the number is read as a citizen says it (a012 is A012). */
    TicketView byNumber(String hallId, String number) {
        Hall hall = halls.get(hallId);
        String wanted = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        if (!NUMBER.matcher(wanted).matches()) {
            throw new InvalidFieldException("number", "is a ticket number as printed: a letter and at least three digits (A012)");
        }
        String id = BusinessDay.today(clock, hall.timeZone()) + "-" + wanted;
        return reader.ticket(hallId, id).map(t -> views.of(hallId, t, false))
                .orElseThrow(() -> new NotFoundException("ticket", wanted + " (none issued today)"));
    }

    /**
     * Waiting tickets whose green-channel request awaits the desk, oldest first. They wait in
     * their area's queue or, once transferred, a window's; both are read, which at a desk's pace
     * (a few hundred waiting) is cheaper than keeping another index in step with every script.
     */
    List<GreenChannelRequest> pendingGreen(String hallId) {
        Hall hall = halls.get(hallId);
        String day = BusinessDay.today(clock, hall.timeZone());
        HallKeys keys = HallKeys.of(hallId);
        List<String> queues = new ArrayList<>();
        hall.areaIds().forEach(a -> queues.add(keys.areaQueue(day, a)));
        hall.windows().stream().map(HallWindow::no).forEach(w -> queues.add(keys.windowQueue(day, w)));
        return queues.stream()
                .flatMap(q -> reader.waiting(hallId, day, q, 1000).stream())
                .filter(t -> t.greenReason().startsWith(TicketViews.PENDING_PREFIX))
                .sorted(Comparator.comparingLong(StoredTicket::arrival))
                .map(t -> new GreenChannelRequest(t.id(), t.number(), t.area(),
                        hall.area(t.area()).map(Area::name).orElse(t.area()), t.name(),
                        t.greenReason().substring(TicketViews.PENDING_PREFIX.length()), Instant.ofEpochMilli(t.issued())))
                .toList();
    }

    /** The request chosen on the kiosk's screen; the ticket keeps its place as an ordinary one. */
    TicketView declineGreen(String hallId, String ticketId, String reason, String actor) {
        halls.get(hallId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new InvalidFieldException("reason", "is required, at most " + MAX_REASON + " characters");
        }
        String day = StoredTicket.dayOf(ticketId);
        if (day.isEmpty()) {
            throw new NotFoundException("ticket", ticketId);
        }
        HallKeys keys = HallKeys.of(hallId);
        String json = (String) scripts.run("decline_green_channel", List.of(keys.tickets(day), keys.version(), keys.events()),
                List.of(ticketId, actor, Long.toString(clock.millis()), why));
        return views.of(hallId, TicketRecord.decode(json), false);
    }

    /** A ticket by id, for its QR code. */
    TicketView ticket(String hallId, String ticketId) {
        halls.get(hallId);
        return reader.ticket(hallId, ticketId).map(t -> views.of(hallId, t, false))
                .orElseThrow(() -> new NotFoundException("ticket", ticketId));
    }
}
