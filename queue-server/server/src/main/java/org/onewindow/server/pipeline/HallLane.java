package org.onewindow.server.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.resps.StreamEntry;

import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventLog;
import org.onewindow.server.redis.TransientRedisState;

/**
 * One hall's entries for one consumer group, done in order, one at a time, on a shared pool of
 * workers: a hall never holds up another, and its calls go out in the order they were made. An
 * entry is acknowledged after its effects succeeded, in batches. A failing entry holds the lane
 * and is tried again after a growing pause; after {@link #MAX_TRIES} real failures it is parked
 * and the lane goes on. A passing condition (Redis loading, the broker away) is waited out.
 */
final class HallLane {

    static final int MAX_TRIES = 5;
    private static final int BATCH = 64;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(HallLane.class);

    private final String hallId;
    private final EffectGroup group;
    private final Services services;
    private final Queue<StreamEntry> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean active = new AtomicBoolean();
    /** Held while an entry is worked, so that closing can wait for the one in hand. */
    private final ReentrantLock working = new ReentrantLock();
    private volatile boolean closed;
    private volatile StreamEntryID lastOffered = new StreamEntryID(0, 0);
    private int tries;
    private int pauses;

    /** What every lane shares. */
    record Services(EffectRunner runner, Acknowledger acknowledger, ParkedEffects parked, PipelineStats stats,
                    Executor workers, ScheduledExecutorService timer) {
    }

    /** Acknowledges done entries of a hall's group. */
    interface Acknowledger {
        void ack(String hallId, EffectGroup group, List<StreamEntryID> done);
    }

    HallLane(String hallId, EffectGroup group, Services services) {
        this.hallId = hallId;
        this.group = group;
        this.services = services;
    }

    /** Queues an entry unless it is one already queued or done (a re-read of the pending list). */
    void offer(StreamEntry entry) {
        if (closed || entry.getID().compareTo(lastOffered) <= 0) {
            return;
        }
        lastOffered = entry.getID();
        queue.add(entry);
        size.incrementAndGet();
        schedule();
    }

    int backlog() {
        return size.get();
    }

    /** Stops the lane; waits, up to {@code patience}, for the entry in hand to be done and acknowledged. */
    void close(Duration patience) {
        closed = true;
        try {
            if (working.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                working.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void schedule() {
        if (!closed && active.compareAndSet(false, true)) {
            services.workers().execute(this::drain);
        }
    }

    private void drain() {
        List<StreamEntryID> done = new ArrayList<>();
        Optional<Duration> pause = Optional.empty();
        working.lock();
        try {
            for (int n = 0; n < BATCH && !closed; n++) {
                StreamEntry entry = queue.peek();
                if (entry == null) {
                    break;
                }
                pause = work(entry);
                if (pause.isPresent()) {
                    break;
                }
                queue.poll();
                size.decrementAndGet();
                done.add(entry.getID());
            }
            if (!done.isEmpty()) {
                acknowledge(done);
            }
        } finally {
            working.unlock();
        }
        if (pause.isPresent() && !closed) {
            services.timer().schedule(() -> services.workers().execute(this::drain), pause.get().toMillis(),
                    TimeUnit.MILLISECONDS);
            return;
        }
        active.set(false);
        if (!queue.isEmpty()) {
            schedule();
        }
    }

    /** Does one entry's effects; empty when done (or parked), else how long to wait before the next try. */
    private Optional<Duration> work(StreamEntry entry) {
        Optional<HallEvent> event = HallEventLog.decode(hallId, entry);
        if (event.isEmpty()) {
            return Optional.empty();
        }
        try {
            services.runner().run(group, event.get());
            tries = 0;
            pauses = 0;
            return Optional.empty();
        } catch (RetryLater e) {
            return waitOut(e);
        } catch (RuntimeException e) {
            if (TransientRedisState.of(e).isPresent() || e instanceof JedisConnectionException) {
                return waitOut(e);
            }
            tries++;
            if (tries < MAX_TRIES) {
                log.warn("{} effects of {} {} in hall {} failed (try {} of {}): {}", group.groupName(),
                        event.get().type(), entry.getID(), hallId, tries, MAX_TRIES, e.toString());
                services.stats().countRetry();
                return Optional.of(pause(tries));
            }
            return park(event.get(), e);
        }
    }

    private Optional<Duration> waitOut(RuntimeException e) {
        pauses++;
        services.stats().countRetry();
        if (pauses == 1 || pauses % 20 == 0) {
            log.info("{} effects of hall {} wait: {}", group.groupName(), hallId, e.getMessage());
        }
        return Optional.of(pause(pauses));
    }

    private Optional<Duration> park(HallEvent event, RuntimeException failure) {
        try {
            services.parked().park(group, event, tries, failure);
        } catch (RuntimeException e) {
            return waitOut(e);
        }
        log.error("Parked the {} effects of {} {} in hall {} after {} tries", group.groupName(), event.type(),
                event.streamId(), hallId, tries, failure);
        services.stats().countParked();
        tries = 0;
        return Optional.empty();
    }

    private void acknowledge(List<StreamEntryID> done) {
        try {
            services.acknowledger().ack(hallId, group, done);
            services.stats().countHandled(done.size());
        } catch (RuntimeException e) {
            // The effects are done; the entries stay pending and are done again by whoever claims them.
            log.warn("Could not acknowledge {} entries of hall {}: {}", done.size(), hallId, e.toString());
        }
    }

    private static Duration pause(int attempt) {
        long millis = FIRST_PAUSE.toMillis() << Math.min(attempt - 1, 10);
        return Duration.ofMillis(Math.min(millis, LONGEST_PAUSE.toMillis()));
    }
}
