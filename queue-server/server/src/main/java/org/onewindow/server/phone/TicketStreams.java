package org.onewindow.server.phone;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.error.UnavailableException;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.live.HallEventWatcher;

/**
 * The citizens' open ticket streams on this instance. After an event of a hall (gathered for
 * {@link #GATHER}, as a call is a burst of events), each open ticket of that hall is read again
 * once and its streams are sent the view if it changed. Bounded: {@link #PER_CODE} streams per
 * code (a phone and a relative's), {@link #MAX_STREAMS} in all, each ending after
 * {@link #LIFETIME} (the browser reconnects) and when its ticket ends. Written on a thread of
 * their own, so a slow phone never holds up the hall.
 */
@Component
class TicketStreams implements HallEventWatcher, SmartLifecycle {

    static final int PER_CODE = 3;
    static final int MAX_STREAMS = 2000;
    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final Duration GATHER = Duration.ofMillis(300);
    private static final Logger log = LoggerFactory.getLogger(TicketStreams.class);

    /**
     * One ticket's streams, what they were last sent, and the address the first was opened at: its
     * views' links are made on it (without onewindow.public-base-url, the phones of one ticket
     * reach the server at one address).
     */
    private static final class Followed {
        final Set<SseEmitter> emitters = new CopyOnWriteArraySet<>();
        final String base;
        volatile String lastSent = "";

        Followed(String base) {
            this.base = base;
        }
    }

    private final PhoneTracking tracking;
    /** hall → code → its streams. */
    private final Map<String, Map<String, Followed>> byHall = new ConcurrentHashMap<>();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ticket-streams");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean running;

    TicketStreams(PhoneTracking tracking) {
        this.tracking = tracking;
    }

    /**
     * A new stream of the ticket, sent {@code now} at once.
     *
     * @throws UnavailableException this code or this instance has as many streams as it may; the page polls
     */
    synchronized SseEmitter open(String hallId, String code, TicketView now) {
        Map<String, Followed> codes = byHall.computeIfAbsent(hallId, h -> new ConcurrentHashMap<>());
        Followed followed = codes.computeIfAbsent(code, c -> new Followed(tracking.linkBase()));
        if (followed.emitters.size() >= PER_CODE || total() >= MAX_STREAMS) {
            throw new UnavailableException("too many live streams of this ticket; the page asks again every half minute",
                    Duration.ofSeconds(30), null);
        }
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        followed.emitters.add(emitter);
        Runnable remove = () -> forget(hallId, code, emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        String json = JsonCodec.toJson(now);
        if (followed.emitters.size() == 1) {
            // With streams already open, their last view stays the one to compare: they may not have had this one.
            followed.lastSent = json;
        }
        execute(() -> {
            send(emitter, json);
            if (PhoneTracking.ended(now)) {
                emitter.complete();
            }
        });
        return emitter;
    }

    @Override
    public Set<String> watchedHalls() {
        Set<String> halls = new HashSet<>();
        byHall.forEach((hall, codes) -> {
            if (!codes.isEmpty()) {
                halls.add(hall);
            }
        });
        return halls;
    }

    @Override
    public void heard(HallEvent event) {
        String hall = event.hallId();
        if (refreshing.add(hall)) {
            try {
                worker.schedule(() -> refresh(hall), GATHER.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                refreshing.remove(hall);
            }
        }
    }

    /** Reads each followed ticket of the hall once and sends what changed; ends the streams of ended tickets. */
    private void refresh(String hall) {
        refreshing.remove(hall);
        byHall.getOrDefault(hall, Map.of()).forEach((code, followed) -> {
            TicketView view;
            try {
                view = tracking.view(hall, code, followed.base);
            } catch (NotFoundException e) {
                // The business day ended, and with it the ticket's code.
                followed.emitters.forEach(SseEmitter::complete);
                return;
            } catch (RuntimeException e) {
                log.warn("Could not refresh a ticket stream of hall {} ({}); its page polls meanwhile", hall, e.toString());
                return;
            }
            String json = JsonCodec.toJson(view);
            if (!json.equals(followed.lastSent)) {
                followed.lastSent = json;
                followed.emitters.forEach(emitter -> send(emitter, json));
            }
            if (PhoneTracking.ended(view)) {
                followed.emitters.forEach(SseEmitter::complete);
            }
        });
    }

    /** Proxies and phone networks close idle connections; a comment every 20 s keeps them open. */
    @Scheduled(fixedDelay = 20_000)
    void heartbeat() {
        execute(() -> byHall.values().forEach(codes -> codes.values().forEach(f -> f.emitters.forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
            }
        }))));
    }

    private static void send(SseEmitter emitter, String json) {
        try {
            emitter.send(SseEmitter.event().name("ticket").data(json));
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }

    private synchronized void forget(String hallId, String code, SseEmitter emitter) {
        Map<String, Followed> codes = byHall.get(hallId);
        Followed followed = codes == null ? null : codes.get(code);
        if (followed != null) {
            followed.emitters.remove(emitter);
            if (followed.emitters.isEmpty()) {
                codes.remove(code);
            }
        }
    }

    private int total() {
        return byHall.values().stream().flatMap(c -> c.values().stream()).mapToInt(f -> f.emitters.size()).sum();
    }

    private void execute(Runnable work) {
        try {
            worker.execute(work);
        } catch (RejectedExecutionException e) {
            log.debug("Ticket streams are stopping");
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every stream before the web server's graceful shutdown, which would wait for them. */
    @Override
    public void stop() {
        running = false;
        List.copyOf(byHall.values()).forEach(codes -> codes.values().forEach(f -> f.emitters.forEach(SseEmitter::complete)));
        byHall.clear();
        worker.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
