package org.onewindow.server.messaging;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.json.JsonCodec;
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
 * few per event.
 */
@Component
class RetainedStates implements DisposableBean {

    static final long INTERVAL_MILLIS = 100;
    private static final long RETRY_MILLIS = 1_000;
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
        volatile boolean everything;
        volatile long lastPublishedNanos;
    }

    RetainedStates(HallConnections connections, HallStateQuery state, HallLeases leases) {
        this.connections = connections;
        this.state = state;
        this.leases = leases;
        // Named after the instance, like the pipeline's threads, so its CPU time can be told apart.
        String name = "retained-states-" + leases.instanceId();
        this.executor = Executors.newScheduledThreadPool(2, r -> {
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
        Set<String> windows = Set.copyOf(p.windows);
        p.windows.removeAll(windows);
        p.lastPublishedNanos = System.nanoTime();
        // From here, a change schedules another publish, after the interval.
        p.scheduled.set(false);
        MqttGateway gateway = connections.of(hallId);
        if (!leases.holds(hallId) || gateway == null || !gateway.isConnected()) {
            // Whoever works the hall, or this instance once the broker is back, publishes everything.
            return;
        }
        try {
            HallTopics topics = HallTopics.forHall(hallId);
            if (everything) {
                publish(gateway, topics.serverPresence(), HallConnections.presence(topics, true).payload());
            }
            publish(gateway, topics.board(), JsonCodec.toBytes(state.board(hallId)));
            state.areaQueues(hallId).forEach(a -> publish(gateway, topics.areaQueue(a.areaId()), JsonCodec.toBytes(a)));
            if (everything) {
                state.windowScreens(hallId).forEach(s -> publishScreen(gateway, topics, s));
            } else {
                windows.forEach(no -> publishScreen(gateway, topics, state.windowScreen(hallId, no)));
            }
        } catch (RuntimeException e) {
            log.warn("Could not publish the state of hall {} ({}); trying again", hallId, e.toString());
            p.everything = true;
            p.scheduled.set(true);
            executor.schedule(() -> publish(hallId, p), RETRY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private static void publishScreen(MqttGateway gateway, HallTopics topics, WindowScreen screen) {
        publish(gateway, topics.windowScreen(screen.windowNo()), JsonCodec.toBytes(screen));
    }

    private static void publish(MqttGateway gateway, String topic, byte[] payload) {
        gateway.publish(topic, payload, 1, true).whenComplete((ok, e) -> {
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
