package org.onewindow.server.calling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.rest.TransferRequest;
import org.onewindow.protocol.rest.WindowView;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.HallWindow;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.queue.TicketRecord;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;
import org.onewindow.server.state.BoardSettings;
import org.onewindow.server.ticket.TicketViews;

/**
 * What a window does with tickets. Each change is one Lua script, so it is atomic across every
 * server instance on the same Redis. Who may act at which window is decided by the caller (the
 * security layer); {@code actor} is recorded in the event log.
 */
@Service
public class CallingService {

    private static final long DAY_KEYS_TTL_SECONDS = BusinessDay.KEYS_KEPT.toSeconds();

    private final HallDirectory halls;
    private final LuaScripts scripts;
    private final QueueReader reader;
    private final TicketViews views;
    private final WindowViews windowViews;
    private final CallingSettings settings;
    private final BoardSettings board;
    private final Clock clock;
    private final AfterFinish afterFinish;

    public CallingService(HallDirectory halls, LuaScripts scripts, QueueReader reader, TicketViews views,
                          CallingSettings settings, BoardSettings board, Clock clock, AfterFinish afterFinish) {
        this.halls = halls;
        this.afterFinish = afterFinish;
        this.scripts = scripts;
        this.reader = reader;
        this.views = views;
        this.windowViews = new WindowViews(reader, views, clock);
        this.settings = settings;
        this.board = board;
        this.clock = clock;
    }

    public WindowView signIn(String hallId, String windowNo, String clerk) {
        Place place = place(hallId, windowNo);
        scripts.run("sign_in", List.of(place.keys.windows(), place.keys.version(), place.keys.events()),
                List.of(windowNo, clerk, now()));
        return window(hallId, windowNo);
    }

    public WindowView signOut(String hallId, String windowNo, String actor) {
        Place place = place(hallId, windowNo);
        List<String> keys = new ArrayList<>(List.of(place.keys.windows(), place.keys.tickets(place.day),
                place.keys.version(), place.keys.events(), place.keys.parked(place.day, windowNo)));
        place.hall.areaIds().forEach(a -> keys.add(place.keys.areaQueue(place.day, a)));
        scripts.run("sign_out", keys, List.of(windowNo, actor, now(), String.join(",", place.hall.areaIds()),
                Long.toString(DAY_KEYS_TTL_SECONDS)));
        return window(hallId, windowNo);
    }

    /** Calls the next ticket; empty when nobody waits for this window. */
    public Optional<TicketView> callNext(String hallId, String windowNo, String actor) {
        Place place = place(hallId, windowNo);
        List<String> keys = new ArrayList<>(List.of(place.keys.windows(), place.keys.tickets(place.day),
                place.keys.version(), place.keys.events(), place.keys.recentCalls(place.day),
                place.keys.windowQueue(place.day, windowNo)));
        place.hall.areaIds().forEach(a -> keys.add(place.keys.areaQueue(place.day, a)));
        List<?> reply = (List<?>) scripts.run("call_next", keys, List.of(windowNo, actor, now(),
                UUID.randomUUID().toString(), Integer.toString(board.recentCalls()), Long.toString(DAY_KEYS_TTL_SECONDS),
                String.join(",", place.window.areas()), String.join(",", place.hall.areaIds()),
                WindowPlace.hallSilentArg(reader, place.hall)));
        return "called".equals(reply.get(0)) ? Optional.of(ticketView(hallId, (String) reply.get(1))) : Optional.empty();
    }

    public TicketView recall(String hallId, String windowNo, String actor) {
        Place place = place(hallId, windowNo);
        return ticketView(hallId, (String) scripts.run("recall", List.of(place.keys.windows(),
                        place.keys.tickets(place.day), place.keys.version(), place.keys.events(),
                        place.keys.recentCalls(place.day)),
                List.of(windowNo, actor, now(), UUID.randomUUID().toString(), Integer.toString(board.recentCalls()),
                        Long.toString(DAY_KEYS_TTL_SECONDS), Integer.toString(settings.maxRecalls()),
                        WindowPlace.hallSilentArg(reader, place.hall))));
    }

    public TicketView noShow(String hallId, String windowNo, String actor) {
        Place place = place(hallId, windowNo);
        return ticketView(hallId, (String) scripts.run("no_show", List.of(place.keys.windows(),
                        place.keys.tickets(place.day), place.keys.liveTickets(place.day), place.keys.version(),
                        place.keys.events()),
                List.of(windowNo, actor, now(), Integer.toString(settings.recallsBeforeNoShow()))));
    }

    public TicketView finish(String hallId, String windowNo, String actor) {
        return finish(hallId, windowNo, actor, null);
    }

    /** Finishes the current ticket; {@code outcome} (may be null) says how the service ended. */
    public TicketView finish(String hallId, String windowNo, String actor, FinishRequest outcome) {
        Place place = place(hallId, windowNo);
        FinishOutcome checked = FinishOutcome.of(outcome);
        String json = (String) scripts.run("finish", List.of(place.keys.windows(),
                        place.keys.tickets(place.day), place.keys.liveTickets(place.day), place.keys.version(),
                        place.keys.events(), place.keys.serviceTimes()),
                List.of(windowNo, actor, now(), place.day, "50", checked.outcome(),
                        JsonCodec.toJson(checked.missingMaterials()), checked.note()));
        StoredTicket finished = TicketRecord.decode(json);
        afterFinish.finished(hallId, windowNo, actor, finished);
        return views.of(hallId, finished, false);
    }

    /** Sends the current ticket to another area or window; it keeps its number and place. */
    public TicketView transfer(String hallId, String windowNo, String actor, TransferRequest request) {
        Place place = place(hallId, windowNo);
        String toArea = request == null || request.toAreaId() == null ? "" : request.toAreaId().strip();
        String toWindow = request == null || request.toWindowNo() == null ? "" : request.toWindowNo().strip();
        if (toArea.isEmpty() == toWindow.isEmpty()) {
            throw new InvalidFieldException("toAreaId", "give either toAreaId or toWindowNo");
        }
        if (!toArea.isEmpty()) {
            place.hall.area(toArea).orElseThrow(() -> new NotFoundException("area", toArea));
        } else {
            place.hall.window(toWindow).orElseThrow(() -> new NotFoundException("window", toWindow));
        }
        List<String> keys = new ArrayList<>(List.of(place.keys.windows(), place.keys.tickets(place.day),
                place.keys.liveTickets(place.day), place.keys.version(), place.keys.events(),
                place.keys.windowQueue(place.day, toWindow.isEmpty() ? windowNo : toWindow)));
        place.hall.areaIds().forEach(a -> keys.add(place.keys.areaQueue(place.day, a)));
        return ticketView(hallId, (String) scripts.run("transfer", keys, List.of(windowNo, actor, now(), toArea,
                toWindow, String.join(",", place.hall.areaIds()), Long.toString(DAY_KEYS_TTL_SECONDS))));
    }

    public WindowView pause(String hallId, String windowNo, String actor) {
        return setPaused(hallId, windowNo, actor, true);
    }

    public WindowView resume(String hallId, String windowNo, String actor) {
        return setPaused(hallId, windowNo, actor, false);
    }

    /** Puts a no-show back in its area's queue, the same day, where {@code reactivate-position} says. */
    public TicketView reactivate(String hallId, String ticketId, String actor) {
        Hall hall = halls.get(hallId);
        String day = StoredTicket.dayOf(ticketId);
        if (day.isEmpty() || !day.equals(BusinessDay.today(clock, hall.timeZone()))) {
            throw new NotFoundException("ticket", ticketId + " (only today's no-shows can be reactivated)");
        }
        HallKeys keys = HallKeys.of(hallId);
        List<String> keyList = new ArrayList<>(List.of(keys.tickets(day), keys.liveTickets(day), keys.version(),
                keys.events()));
        hall.areaIds().forEach(a -> keyList.add(keys.areaQueue(day, a)));
        return ticketView(hallId, (String) scripts.run("reactivate", keyList, List.of(ticketId, actor, now(),
                settings.reactivatePosition().name(), String.join(",", hall.areaIds()),
                Long.toString(DAY_KEYS_TTL_SECONDS))));
    }

    public WindowView window(String hallId, String windowNo) {
        return windowViews.of(place(hallId, windowNo).hall, windowNo);
    }

    public List<WindowView> windows(String hallId) {
        Hall hall = halls.get(hallId);
        return hall.windows().stream().map(w -> windowViews.of(hall, w.no())).toList();
    }

    private WindowView setPaused(String hallId, String windowNo, String actor, boolean paused) {
        Place place = place(hallId, windowNo);
        scripts.run("set_paused", List.of(place.keys.windows(), place.keys.tickets(place.day), place.keys.version(),
                place.keys.events()), List.of(windowNo, actor, now(), paused ? "1" : "0"));
        return window(hallId, windowNo);
    }

    private TicketView ticketView(String hallId, String json) {
        return views.of(hallId, TicketRecord.decode(json), false);
    }

    private Place place(String hallId, String windowNo) {
        Hall hall = halls.get(hallId);
        HallWindow window = hall.window(windowNo).orElseThrow(() -> new NotFoundException("window", windowNo));
        return new Place(hall, window, HallKeys.of(hallId), BusinessDay.today(clock, hall.timeZone()));
    }

    private String now() {
        return Long.toString(clock.millis());
    }

    private record Place(Hall hall, HallWindow window, HallKeys keys, String day) {
    }
}
