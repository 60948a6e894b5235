package org.onewindow.server.tidal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.message.TidalSuggestion;
import org.onewindow.protocol.message.TidalSuggestions;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredWindow;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.pipeline.HallLeases;
import org.onewindow.server.redis.LuaScripts;
import org.onewindow.server.state.HallStateQuery;

/**
 * Runs the tidal rules of the halls this instance works, each at its configured pace (another
 * instance's halls only when asked), publishes the suggestions as a
 * {@link TidalSuggestions} event whenever they change (the MQTT publisher sends them retained),
 * and in auto mode carries them out. With several server instances only the holder of a short
 * Redis lease carries them out, so a window is never opened twice.
 */
@Component
public class TidalMonitor {

    private static final Logger log = LoggerFactory.getLogger(TidalMonitor.class);
    private static final String INSTANCE = java.util.UUID.randomUUID().toString();
    private static final long LEASE_MILLIS = 30_000;

    private final HallDirectory halls;
    private final HallStateQuery state;
    private final QueueReader reader;
    private final TidalService tidal;
    private final LuaScripts scripts;
    private final ApplicationEventPublisher events;
    private final HallLeases leases;
    private final Clock clock;
    private final Map<String, TidalRuleEvaluator> evaluators = new ConcurrentHashMap<>();
    private final Map<String, TidalSuggestions> current = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastRun = new ConcurrentHashMap<>();

    TidalMonitor(HallDirectory halls, HallStateQuery state, QueueReader reader, TidalService tidal, LuaScripts scripts,
                 ApplicationEventPublisher events, HallLeases leases, Clock clock) {
        this.halls = halls;
        this.leases = leases;
        this.state = state;
        this.reader = reader;
        this.tidal = tidal;
        this.scripts = scripts;
        this.events = events;
        this.clock = clock;
    }

    /** Runs the rules of the halls this instance works; the others' are run where they are worked. */
    @Scheduled(initialDelay = 1000, fixedDelay = 1000)
    void tick() {
        Instant now = clock.instant();
        for (Hall hall : halls.all()) {
            if (!leases.holds(hall.id())) {
                continue;
            }
            Instant last = lastRun.get(hall.id());
            if (last == null || !now.isBefore(last.plusSeconds(hall.tidal().evaluateEverySeconds()))) {
                lastRun.put(hall.id(), now);
                try {
                    evaluate(hall.id());
                } catch (RuntimeException e) {
                    log.warn("Tidal rules of hall {} could not run: {}", hall.id(), e.toString());
                }
            }
        }
    }

    /** Runs the rules of a hall now; returns the current suggestions. */
    public TidalSuggestions evaluate(String hallId) {
        Hall hall = halls.get(hallId);
        Instant now = clock.instant();
        Map<String, StoredWindow> windows = reader.windows(hallId);
        List<OpenTidalWindow> open = hall.tidalWindows().stream()
                .map(w -> windows.getOrDefault(w.no(), StoredWindow.closed(w.no())))
                .filter(StoredWindow::isTidalOpen)
                .map(w -> new OpenTidalWindow(w.no(), w.tidalAreaList(), Instant.ofEpochMilli(w.tidalOpenedAt())))
                .toList();
        List<String> free = hall.tidalWindows().stream().map(w -> w.no())
                .filter(no -> open.stream().noneMatch(o -> o.windowNo().equals(no))).toList();
        List<TidalSuggestion> suggestions = evaluators
                .computeIfAbsent(hallId, h -> new TidalRuleEvaluator(hall.tidal()))
                .evaluate(now, state.areaQueues(hallId), open, free);
        boolean auto = tidal.autoMode(hallId);
        TidalSuggestions before = current.get(hallId);
        if (before == null || before.autoMode() != auto || !sameAdvice(before.suggestions(), suggestions)) {
            TidalSuggestions next = new TidalSuggestions(hallId, before == null ? 1 : before.seq() + 1, auto, suggestions, now);
            current.put(hallId, next);
            events.publishEvent(next);
        }
        if (auto && !suggestions.isEmpty() && takeLease(hallId)) {
            suggestions.forEach(s -> act(hallId, s));
        }
        return current.get(hallId);
    }

    /** The latest suggestions of a hall; run now on an instance that does not work the hall. */
    public TidalSuggestions suggestions(String hallId) {
        halls.get(hallId);
        if (!leases.holds(hallId)) {
            return evaluate(hallId);
        }
        return current.getOrDefault(hallId, new TidalSuggestions(hallId, 0, tidal.autoMode(hallId),
                List.of(), clock.instant()));
    }

    private void act(String hallId, TidalSuggestion s) {
        if (s.windowNo().isEmpty()) {
            return;
        }
        try {
            if ("OPEN".equals(s.action())) {
                tidal.open(hallId, s.windowNo(), List.of(s.areaId().split(",")), "rule:" + s.areaId(), s.reason(), true);
            } else {
                tidal.close(hallId, s.windowNo(), "rule:" + s.areaId(), s.reason(), true);
            }
        } catch (RuntimeException e) {
            log.info("Auto mode could not {} tidal window {} of hall {}: {}", s.action(), s.windowNo(), hallId, e.getMessage());
        }
    }

    /** One instance acts on a hall's rules; the lease is taken or renewed in one script, never renewed once lost. */
    private boolean takeLease(String hallId) {
        return Long.valueOf(1).equals(scripts.run("lease_take_or_renew", List.of(HallKeys.of(hallId).tidalLease()),
                List.of(INSTANCE, Long.toString(LEASE_MILLIS))));
    }

    private static boolean sameAdvice(List<TidalSuggestion> a, List<TidalSuggestion> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(a.get(i).areaId(), b.get(i).areaId()) || !Objects.equals(a.get(i).action(), b.get(i).action())
                    || !Objects.equals(a.get(i).windowNo(), b.get(i).windowNo())) {
                return false;
            }
        }
        return true;
    }
}
