package org.onewindow.server.state;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.RecentCall;
import org.onewindow.protocol.message.TidalWindowState;
import org.onewindow.protocol.message.WindowScreen;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.estimate.WaitEstimator;
import org.onewindow.server.hall.Area;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.HallWindow;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.HallSnapshot;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.queue.StoredWindow;
import org.onewindow.server.redis.HallKeys;

/**
 * Builds what the boards, window screens and consoles show from the hall's state in Redis. Boards,
 * area queues and window screens (with the tickets they show) are read in one script, at one moment
 * ({@code redis/hall_state_read.lua}); elsewhere the hall version is read first, so the content of
 * a state is never older than its {@code seq}.
 */
@Component
public class HallStateQuery {

    private final HallDirectory halls;
    private final QueueReader reader;
    private final BoardSettings settings;
    private final Clock clock;

    public HallStateQuery(HallDirectory halls, QueueReader reader, BoardSettings settings, Clock clock) {
        this.halls = halls;
        this.reader = reader;
        this.settings = settings;
        this.clock = clock;
    }

    public BoardState board(String hallId) {
        Hall hall = halls.get(hallId);
        String day = BusinessDay.today(clock, hall.timeZone());
        HallSnapshot snapshot = reader.snapshot(hallId, day, queueKeys(hall, day), settings.recentCalls());
        List<RecentCall> calls = snapshot.calls().stream()
                .map(c -> new RecentCall(c.callId(), c.number(), c.window(), c.area(), areaName(hall, c.area()),
                        Instant.ofEpochMilli(c.at()), c.recall(), c.silent()))
                .toList();
        Map<String, StoredWindow> windows = snapshot.windows();
        List<TidalWindowState> tidal = hall.tidalWindows().stream()
                .map(w -> windows.getOrDefault(w.no(), StoredWindow.closed(w.no())))
                .filter(StoredWindow::isTidalOpen)
                .map(w -> new TidalWindowState(w.no(), w.tidalAreaList(),
                        w.tidalAreaList().stream().map(a -> areaName(hall, a)).toList(),
                        Instant.ofEpochMilli(w.tidalOpenedAt()), w.tidalOpenedBy()))
                .toList();
        return new BoardState(hallId, hall.name(), snapshot.version(), clock.instant(), calls,
                areaQueues(hall, snapshot), tidal, snapshot.notice());
    }

    public List<AreaQueue> areaQueues(String hallId) {
        Hall hall = halls.get(hallId);
        String day = BusinessDay.today(clock, hall.timeZone());
        return areaQueues(hall, reader.snapshot(hallId, day, queueKeys(hall, day), 0));
    }

    public AreaQueue areaQueue(String hallId, String areaId) {
        return areaQueues(hallId).stream().filter(a -> a.areaId().equals(areaId)).findFirst()
                .orElseThrow(() -> new NotFoundException("area", areaId));
    }

    /**
     * Predicted wait of a ticket with {@code peopleAhead} tickets ahead in an area, or null while no
     * window that can call it is open. A ticket sent to one window ({@code targetWindow} not empty)
     * is called by that window alone.
     */
    public Long estimateWaitSeconds(String hallId, String areaId, String targetWindow, int peopleAhead) {
        return estimateWaitSeconds(hallId, areaId, targetWindow, peopleAhead, reader.windows(hallId),
                reader.serviceSamples(hallId));
    }

    /** As {@link #estimateWaitSeconds(String, String, String, int)}, from windows and samples already read. */
    public Long estimateWaitSeconds(String hallId, String areaId, String targetWindow, int peopleAhead,
                                    Map<String, StoredWindow> windows, Map<String, List<Long>> samples) {
        Hall hall = halls.get(hallId);
        Area area = hall.area(areaId).orElseThrow();
        long typical = WaitEstimator.typicalServiceSeconds(samples.get(areaId), area.defaultServiceMinutes());
        int open = targetWindow.isEmpty() ? openWindows(hall, areaId, windows)
                : isOpen(windows.get(targetWindow)) ? 1 : 0;
        return orNull(WaitEstimator.waitSeconds(peopleAhead, typical, open));
    }

    /** Numbers of the windows that serve an area now and are open. */
    public List<String> windowsServingNow(String hallId, String areaId) {
        return windowsServingNow(hallId, areaId, reader.windows(hallId));
    }

    /** As {@link #windowsServingNow(String, String)}, from the windows already read. */
    public List<String> windowsServingNow(String hallId, String areaId, Map<String, StoredWindow> windows) {
        Hall hall = halls.get(hallId);
        return hall.windows().stream()
                .filter(w -> servesNow(w, windows.get(w.no()), areaId))
                .map(HallWindow::no)
                .toList();
    }

    /**
     * Every window's screen, with the tickets being served, in one script. A ticket of another day
     * (served across midnight) is not among the day's tickets the script reads: only then is it
     * read apart.
     */
    public List<WindowScreen> windowScreens(String hallId) {
        Hall hall = halls.get(hallId);
        HallSnapshot snapshot = reader.snapshot(hallId, BusinessDay.today(clock, hall.timeZone()), List.of(), 0, true);
        Map<String, StoredTicket> serving = new HashMap<>(snapshot.served());
        List<String> elsewhere = snapshot.windows().values().stream().map(StoredWindow::current)
                .filter(id -> !id.isEmpty() && !serving.containsKey(id)).toList();
        if (!elsewhere.isEmpty()) {
            serving.putAll(reader.tickets(hallId, elsewhere));
        }
        List<WindowScreen> screens = new ArrayList<>();
        for (HallWindow w : hall.windows()) {
            StoredWindow state = snapshot.windows().getOrDefault(w.no(), StoredWindow.closed(w.no()));
            screens.add(screen(hall, w, state, Optional.ofNullable(serving.get(state.current())), snapshot.version()));
        }
        return screens;
    }

    public WindowScreen windowScreen(String hallId, String windowNo) {
        Hall hall = halls.get(hallId);
        long seq = reader.version(hallId);
        HallWindow w = hall.window(windowNo)
                .orElseThrow(() -> new NotFoundException("window", windowNo));
        StoredWindow state = reader.window(hallId, windowNo);
        return screen(hall, w, state, state.current().isEmpty() ? Optional.empty() : reader.ticket(hallId, state.current()), seq);
    }

    private WindowScreen screen(Hall hall, HallWindow config, StoredWindow state, Optional<StoredTicket> current, long seq) {
        List<String> areas = state.isTidalOpen() ? state.tidalAreaList() : config.areas();
        StoredTicket serving = state.current().isEmpty() ? null
                : current.filter(t -> StoredTicket.CALLED.equals(t.status())).orElse(null);
        return new WindowScreen(hall.id(), config.no(), config.kind().name(), state.isTidalOpen(), areas,
                areas.stream().map(a -> areaName(hall, a)).toList(), state.status(),
                serving == null ? "" : serving.number(), serving == null ? "" : serving.name(), seq, clock.instant(),
                config.label());
    }

    /** The keys of the hall's area queues of the day, in the hall's order of areas. */
    private static List<String> queueKeys(Hall hall, String day) {
        HallKeys keys = HallKeys.of(hall.id());
        return hall.areas().stream().map(a -> keys.areaQueue(day, a.id())).toList();
    }

    private List<AreaQueue> areaQueues(Hall hall, HallSnapshot snapshot) {
        Instant now = clock.instant();
        List<AreaQueue> queues = new ArrayList<>();
        for (int i = 0; i < hall.areas().size(); i++) {
            Area area = hall.areas().get(i);
            int waiting = snapshot.queues().get(i).length();
            int open = openWindows(hall, area.id(), snapshot.windows());
            long typical = WaitEstimator.typicalServiceSeconds(snapshot.samples().get(area.id()), area.defaultServiceMinutes());
            long oldest = waiting == 0 ? -1 : snapshot.queues().get(i).oldestArrival();
            queues.add(new AreaQueue(hall.id(), area.id(), area.name(), area.nameEn(), area.prefix(), waiting, open,
                    orNull(WaitEstimator.waitSeconds(waiting, typical, open)),
                    oldest < 0 ? 0 : Math.max(0, (now.toEpochMilli() - oldest) / 1000), snapshot.version(), now, open == 0));
        }
        return queues;
    }

    private static int openWindows(Hall hall, String areaId, Map<String, StoredWindow> windows) {
        return (int) hall.windows().stream().filter(w -> servesNow(w, windows.get(w.no()), areaId)).count();
    }

    private static boolean servesNow(HallWindow config, StoredWindow state, String areaId) {
        if (!isOpen(state)) {
            return false;
        }
        return state.isTidalOpen() ? state.tidalAreaList().contains(areaId) : config.areas().contains(areaId);
    }

    /** Signed in and not paused. */
    private static boolean isOpen(StoredWindow state) {
        return state != null && StoredWindow.OPEN.equals(state.status());
    }

    /** The payloads' form of an estimate: null where there is none. */
    private static Long orNull(OptionalLong estimate) {
        return estimate.isPresent() ? estimate.getAsLong() : null;
    }

    private static String areaName(Hall hall, String areaId) {
        return hall.area(areaId).map(Area::name).orElse(areaId);
    }
}
