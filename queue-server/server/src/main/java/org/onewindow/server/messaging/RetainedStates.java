package org.onewindow.server.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.WindowScreen;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.pipeline.HallLeases;
import org.onewindow.server.state.HallStateQuery;

/**
 * The retained state of each hall this instance works: board, area queues and window screens,
 * published as the latest state, read when it is published, so it is never older than its
 * sequence number. Changes are coalesced: a hall is published at most once per
 * {@link #INTERVAL_MILLIS}, however many events arrive meanwhile, and the screens published are
 * those of the windows that changed. A busy hall costs a few reads a tenth of a second, not a
 * few per event. A state that would be shown as the broker already holds it (only its sequence
 * number and time differ: an area other than the one that changed, say) is not sent again; boards
 * keep the sequence per topic, so an unchanged topic's older number is never taken for a step
 * back. Each of {@link #PUBLISHERS} threads waits for the broker to have taken a hall's
 * state (or {@link #PATIENCE_MILLIS}) before the next: with many halls, each changes less often
 * than the interval and coalescing alone would not bound the traffic; this way the broker sets the
 * pace instead of being sent more than it can queue (Moquette drops what overflows its queues).
 */
@Component
class RetainedStates implements DisposableBean {

    static final long INTERVAL_MILLIS = 100;
    private static final long RETRY_MILLIS = 1_000;
    private static final long PATIENCE_MILLIS = 5_000;
    /** Halls whose state is in flight to the broker at once. */
    private static final int PUBLISHERS = 4;
    private static final Logger log = LoggerFactory.getLogger(RetainedStates.class);

    private final HallConnections connections;
    private final HallStateQuery state;
    private final HallLeases leases;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor;

    /** What a hall has waiting to be published. */
    private static final class Pending {
        final AtomicBoolean scheduled = new AtomicBoolean();
        final Set<String> windows = ConcurrentHashMap.newKeySet();
        /** Changed since its state was last read for publishing. */
        volatile boolean dirty;
        volatile boolean everything;
        volatile long lastPublishedNanos;
        /** What the broker holds of each topic, as shown: a state shown the same is not sent again. */
        final Map<String, Object> shown = new ConcurrentHashMap<>();
    }

    RetainedStates(HallConnections connections, HallStateQuery state, HallLeases leases) {
        this.connections = connections;
        this.state = state;
        this.leases = leases;
        // Named after the instance, like the pipeline's threads, so its CPU time can be told apart.
        String name = "retained-states-" + leases.instanceId();
        this.executor = Executors.newScheduledThreadPool(PUBLISHERS, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The hall changed: its board and queues, and the screen of the window concerned ('' for none). */
    void changed(String hallId, String windowNo) {
        Pending p = pending.computeIfAbsent(hallId, h -> new Pending());
        if (!windowNo.isEmpty()) {
            p.windows.add(windowNo);
        }
        p.dirty = true;
        schedule(hallId, p, false);
    }

    /** Everything of the hall, at once: after taking it over, or after the broker came back. */
    void everything(String hallId) {
        Pending p = pending.computeIfAbsent(hallId, h -> new Pending());
        p.everything = true;
        schedule(hallId, p, true);
    }

    private void schedule(String hallId, Pending p, boolean now) {
        if (!p.scheduled.compareAndSet(false, true)) {
            return;
        }
        long sinceLast = (System.nanoTime() - p.lastPublishedNanos) / 1_000_000;
        long delay = now ? 0 : Math.max(0, INTERVAL_MILLIS - sinceLast);
        try {
            executor.schedule(() -> publish(hallId, p), delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            p.scheduled.set(false);
        }
    }

    private void publish(String hallId, Pending p) {
        boolean everything = p.everything;
        p.everything = false;
        p.dirty = false;
        Set<String> windows = Set.copyOf(p.windows);
        p.windows.removeAll(windows);
        p.lastPublishedNanos = System.nanoTime();
        MqttGateway gateway = connections.publishingOf(hallId);
        if (!leases.holds(hallId) || gateway == null || !gateway.isConnected()) {
            // Whoever works the hall, or this instance once the broker is back, publishes everything.
            p.scheduled.set(false);
            return;
        }
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        Round round = new Round(gateway, p, everything, sent);
        try {
            HallTopics topics = HallTopics.forHall(hallId);
            if (everything) {
                p.shown.clear();
                sent.add(publish(gateway, topics.serverPresence(), HallConnections.presence(topics, true).payload()));
            }
            BoardState board = state.board(hallId);
            round.offer(topics.board(), board, ShownState.of(board));
            // The board holds every area's queue, read in the same snapshot: no second read for the queues' topics.
            board.areas().forEach(a -> round.offer(topics.areaQueue(a.areaId()), a, ShownState.of(a)));
            if (everything) {
                state.windowScreens(hallId).forEach(s -> round.offer(topics.windowScreen(s.windowNo()), s, ShownState.of(s)));
            } else {
                windows.forEach(no -> {
                    WindowScreen s = state.windowScreen(hallId, no);
                    round.offer(topics.windowScreen(no), s, ShownState.of(s));
                });
            }
        } catch (RuntimeException e) {
            log.warn("Could not publish the state of hall {} ({}); trying again", hallId, e.toString());
            p.everything = true;
            executor.schedule(() -> publish(hallId, p), RETRY_MILLIS, TimeUnit.MILLISECONDS);
            return;
        }
        try {
            // Waiting here bounds what is in flight to a hall per thread, however many halls changed.
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // What the broker holds is not known now: send it all again rather than trust what was sent.
            log.debug("The broker did not take the state of hall {} in time: {}", hallId, e.toString());
            p.everything = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // From when the broker has it all, a change schedules another publish, after the interval.
        p.scheduled.set(false);
        if (p.dirty || p.everything || !p.windows.isEmpty()) {
            schedule(hallId, p, p.everything);
        }
    }

    /** One publishing of a hall: sends what is shown differently from what the broker holds. */
    private record Round(MqttGateway gateway, Pending pending, boolean everything, List<CompletableFuture<Void>> sent) {

        void offer(String topic, Object state, Object shownAs) {
            if (!everything && shownAs.equals(pending.shown.get(topic))) {
                return;
            }
            pending.shown.put(topic, shownAs);
            sent.add(publish(gateway, topic, JsonCodec.toBytes(state)));
        }
    }

    private static CompletableFuture<Void> publish(MqttGateway gateway, String topic, byte[] payload) {
        return gateway.publish(topic, payload, 1, true).whenComplete((ok, e) -> {
            if (e != null) {
                log.warn("Publishing {} failed: {}", topic, e.toString());
            }
        });
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
