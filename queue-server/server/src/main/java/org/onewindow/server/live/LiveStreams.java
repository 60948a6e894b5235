package org.onewindow.server.live;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import org.onewindow.protocol.message.TidalSuggestions;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;

/**
 * The open console streams of every hall. Events are written on a thread of their own, so a slow
 * browser never holds up the hall's event feed; a stream that cannot be written is dropped and
 * its browser reconnects. Streams end after {@link #LIFETIME}: the browser reconnects at once,
 * which renews its session cookie, so a console left open stays signed in for the working day.
 */
@Component
public class LiveStreams implements SmartLifecycle, HallEventWatcher {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

    private final Map<String, Set<SseEmitter>> byHall = new ConcurrentHashMap<>();
    /** Whose each open stream is, so that a withdrawn account's streams can be ended. */
    private final Map<SseEmitter, String> owners = new ConcurrentHashMap<>();
    private volatile boolean running;
    private final ExecutorService writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(10_000), r -> {
                Thread t = new Thread(r, "console-streams");
                t.setDaemon(true);
                return t;
            });

    SseEmitter open(String hallId, String username, long seq) {
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        Set<SseEmitter> streams = byHall.computeIfAbsent(hallId, h -> new CopyOnWriteArraySet<>());
        streams.add(emitter);
        owners.put(emitter, username);
        Runnable remove = () -> {
            streams.remove(emitter);
            owners.remove(emitter);
        };
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        send(hallId, List.of(emitter), "hello", Map.of("seq", seq));
        return emitter;
    }

    /** Halls with a console stream open here, whose events {@link LiveEventTail} follows. */
    @Override
    public Set<String> watchedHalls() {
        Set<String> watched = new java.util.HashSet<>();
        byHall.forEach((hall, open) -> {
            if (!open.isEmpty()) {
                watched.add(hall);
            }
        });
        return watched;
    }

    @Override
    public void heard(HallEvent event) {
        if (event.type() == HallEventType.CASE_CHANGED) {
            // Supervision lists and case pages fetch the cases again.
            changed(event.hallId(), "cases");
            return;
        }
        if (event.type() == HallEventType.RATING_RECORDED || event.type() == HallEventType.FOLLOW_UP_CHANGED) {
            // Not a change of the queue: the ratings tab fetches again, on every instance.
            changed(event.hallId(), "ratings");
            return;
        }
        if (event.type() == HallEventType.EFFECT_PARKED || event.type() == HallEventType.EFFECT_UNPARKED) {
            // The devices tab lists parked effects, so it fetches again as when a device changes.
            changed(event.hallId(), "devices");
            return;
        }
        send(event.hallId(), streams(event.hallId()), "hall",
                Map.of("seq", event.seq(), "type", event.type().name(), "windowNo", event.windowNo()));
    }

    @EventListener
    public void on(TidalSuggestions suggestions) {
        send(suggestions.hallId(), streams(suggestions.hallId()), "tidal", Map.of("hallId", suggestions.hallId()));
    }

    /** Anything else a console shows that changed (ratings, devices): the name says what to fetch again. */
    public void changed(String hallId, String what) {
        send(hallId, streams(hallId), what, Map.of("hallId", hallId));
    }

    /**
     * Ends the account's open streams on this instance: its browser reconnects, and is refused.
     * Elsewhere its streams end within {@link #LIFETIME} and cannot be opened again either.
     */
    void endStreamsOf(String username) {
        owners.forEach((emitter, owner) -> {
            if (owner.equalsIgnoreCase(username)) {
                byHall.values().forEach(streams -> streams.remove(emitter));
                owners.remove(emitter);
                emitter.complete();
            }
        });
    }

    /** Proxies close idle connections; a comment every 20 s keeps them open and finds dead ones. */
    @Scheduled(fixedDelay = 20_000)
    void heartbeat() {
        byHall.forEach((hall, streams) -> streams.forEach(emitter -> write(streams, emitter,
                SseEmitter.event().comment("keep-alive"))));
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every stream before the web server's graceful shutdown, which would otherwise wait for
     * these never-ending requests; browsers reconnect to the next instance or after the restart.
     */
    @Override
    public void stop() {
        running = false;
        byHall.values().forEach(streams -> streams.forEach(SseEmitter::complete));
        byHall.clear();
        owners.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private List<SseEmitter> streams(String hallId) {
        return List.copyOf(byHall.getOrDefault(hallId, Set.of()));
    }

    private void send(String hallId, List<SseEmitter> emitters, String name, Object data) {
        Set<SseEmitter> streams = byHall.getOrDefault(hallId, Set.of());
        for (SseEmitter emitter : emitters) {
            write(streams, emitter, SseEmitter.event().name(name).data(data));
        }
    }

    private void write(Set<SseEmitter> streams, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            writer.execute(() -> {
                try {
                    emitter.send(event);
                } catch (IOException | IllegalStateException e) {
                    streams.remove(emitter);
                    emitter.completeWithError(e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("Console streams are behind; an update was dropped (consoles catch up on their next event)");
        }
    }
}
