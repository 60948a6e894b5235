package org.onewindow.server.calling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import org.onewindow.protocol.rest.CallChosenRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.rest.WindowView;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.TicketRecord;
import org.onewindow.server.redis.LuaScripts;
import org.onewindow.server.state.BoardSettings;
import org.onewindow.server.ticket.TicketViews;

/**
 * The clerk's tools beyond calling in turn: 选呼 (calling a chosen ticket), 挂起 (parking the current
 * ticket while the citizen fetches a document) and resuming it, and the window's 无声叫号 switch.
 * Each change is one Lua script, atomic across every server instance.
 */
@Service
public class ClerkTools {

    private static final long DAY_KEYS_TTL_SECONDS = BusinessDay.KEYS_KEPT.toSeconds();

    private final HallDirectory halls;
    private final LuaScripts scripts;
    private final QueueReader reader;
    private final TicketViews views;
    private final CallingService calling;
    private final CallingSettings settings;
    private final BoardSettings board;
    private final Clock clock;

    public ClerkTools(HallDirectory halls, LuaScripts scripts, QueueReader reader, TicketViews views,
                      CallingService calling, CallingSettings settings, BoardSettings board, Clock clock) {
        this.halls = halls;
        this.scripts = scripts;
        this.reader = reader;
        this.views = views;
        this.calling = calling;
        this.settings = settings;
        this.board = board;
        this.clock = clock;
    }

    /** Calls one waiting ticket this window may serve, out of turn, for a recorded reason. */
    public TicketView callChosen(String hallId, String windowNo, String actor, CallChosenRequest request) {
        WindowPlace place = WindowPlace.of(halls, clock, hallId, windowNo);
        ChosenCall chosen = ChosenCall.of(request, place.day());
        List<String> keys = new ArrayList<>(List.of(place.keys().windows(), place.keys().tickets(place.day()),
                place.keys().version(), place.keys().events(), place.keys().recentCalls(place.day()),
                place.keys().windowQueue(place.day(), windowNo)));
        place.hall().areaIds().forEach(a -> keys.add(place.keys().areaQueue(place.day(), a)));
        return ticketView(hallId, (String) scripts.run("call_chosen", keys, List.of(windowNo, actor, now(),
                UUID.randomUUID().toString(), Integer.toString(board.recentCalls()), Long.toString(DAY_KEYS_TTL_SECONDS),
                String.join(",", place.window().areas()), String.join(",", place.hall().areaIds()),
                chosen.ticketId(), chosen.reason(), chosen.note(), WindowPlace.hallSilentArg(reader, place.hall()))));
    }

    /** Parks the current ticket at this window; the window may call the next. */
    public TicketView park(String hallId, String windowNo, String actor) {
        WindowPlace place = WindowPlace.of(halls, clock, hallId, windowNo);
        return ticketView(hallId, (String) scripts.run("park", List.of(place.keys().windows(),
                        place.keys().tickets(place.day()), place.keys().version(), place.keys().events(),
                        place.keys().parked(place.day(), windowNo)),
                List.of(windowNo, actor, now(), Integer.toString(settings.maxParked()), Long.toString(DAY_KEYS_TTL_SECONDS))));
    }

    /** Serves a ticket parked at this window again, announced as a recall. */
    public TicketView resumeParked(String hallId, String windowNo, String ticketId, String actor) {
        WindowPlace place = WindowPlace.of(halls, clock, hallId, windowNo);
        if (ticketId == null || !ticketId.matches("[0-9]{8}-[A-Z]{1,3}[0-9]{1,5}")) {
            throw new InvalidFieldException("ticketId", "a ticket id such as 20260315-A012");
        }
        return ticketView(hallId, (String) scripts.run("resume_parked", List.of(place.keys().windows(),
                        place.keys().tickets(place.day()), place.keys().version(), place.keys().events(),
                        place.keys().recentCalls(place.day()), place.keys().parked(place.day(), windowNo)),
                List.of(windowNo, actor, now(), UUID.randomUUID().toString(), Integer.toString(board.recentCalls()),
                        Long.toString(DAY_KEYS_TTL_SECONDS), ticketId, WindowPlace.hallSilentArg(reader, place.hall()))));
    }

    /** The window's own silent-calls switch. */
    public WindowView setSilent(String hallId, String windowNo, String actor, Boolean silent) {
        if (silent == null) {
            throw new InvalidFieldException("silent", "give true or false");
        }
        WindowPlace place = WindowPlace.of(halls, clock, hallId, windowNo);
        scripts.run("set_window_silent", List.of(place.keys().windows(), place.keys().version(), place.keys().events()),
                List.of(windowNo, actor, now(), silent ? "1" : "0"));
        return calling.window(hallId, windowNo);
    }

    private TicketView ticketView(String hallId, String json) {
        return views.of(hallId, TicketRecord.decode(json), false);
    }

    private String now() {
        return Long.toString(clock.millis());
    }
}
