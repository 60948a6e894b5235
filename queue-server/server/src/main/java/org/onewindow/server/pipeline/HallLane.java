package org.onewindow.server.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * One hall's entries for one consumer group, done in order on a shared pool of workers: a hall
 * never holds up another, and its calls go out in the order they were made. A batch of entries is
 * started one after another; what the broker has yet to take is awaited at the end of the batch,
 * and the entries are acknowledged up to the first that failed. That one and those after it are
 * done again (after a growing pause) from there, so the order holds; after {@link #MAX_TRIES} real
 * failures it is parked and the lane goes on. A passing condition (Redis loading, the broker away)
 * is waited out.
 */
final class HallLane {

    static final int MAX_TRIES = 5;
    private static final int BATCH = 64;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    /** How long a batch waits for the broker; its publishes time out sooner (see BrokerAcknowledged). */
    private static final Duration BATCH_PATIENCE = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(HallLane.class);

    private final String hallId;
    private final EffectGroup group;
    private final Services services;
    private final Queue<StreamEntry> queue = new ConcurrentLinkedQueue<>();
    /** Entries to do again before the queue's, oldest first; touched only while {@link #working} is held. */
    private final Deque<StreamEntry> again = new ArrayDeque<>();
    /** Entries offered and not yet done. */
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean active = new AtomicBoolean();
    /** Held while a batch is worked, so that closing can wait for the one in hand. */
    private final ReentrantLock working = new ReentrantLock();
    private volatile boolean closed;
    private volatile StreamEntryID lastOffered = new StreamEntryID(0, 0);
    private StreamEntryID failing;
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

    /** An entry started, and what it waits for. */
    private record Started(StreamEntry entry, HallEvent event, CompletableFuture<Void> done) {
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

    /** Stops the lane; waits, up to {@code patience}, for the batch in hand to be done and acknowledged. */
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
        Optional<Duration> pause = Optional.empty();
        working.lock();
        try {
            pause = workBatch();
        } finally {
            working.unlock();
        }
        if (pause.isPresent() && !closed) {
            services.timer().schedule(() -> services.workers().execute(this::drain), pause.get().toMillis(),
                    TimeUnit.MILLISECONDS);
            return;
        }
        active.set(false);
        if (!queue.isEmpty() || !again.isEmpty()) {
            schedule();
        }
    }

    /** Starts up to a batch of entries, awaits them, acknowledges what is done; says how long to pause, if at all. */
    private Optional<Duration> workBatch() {
        List<Started> started = new ArrayList<>();
        List<StreamEntryID> done = new ArrayList<>();
        Optional<Duration> pause = Optional.empty();
        while (started.size() < BATCH && !closed) {
            StreamEntry entry = again.isEmpty() ? queue.poll() : again.poll();
            if (entry == null) {
                break;
            }
            Optional<HallEvent> event = HallEventLog.decode(hallId, entry);
            if (event.isEmpty()) {
                done.add(entry.getID());
                continue;
            }
            CompletableFuture<Void> future;
            try {
                future = services.runner().run(group, event.get());
            } catch (RuntimeException e) {
                future = CompletableFuture.failedFuture(e);
            }
            started.add(new Started(entry, event.get(), future));
            if (future.isCompletedExceptionally()) {
                break;
            }
        }
        long deadline = System.nanoTime() + BATCH_PATIENCE.toNanos();
        for (int i = 0; i < started.size(); i++) {
            Started s = started.get(i);
            Optional<Throwable> failure = outcome(s.done(), deadline);
            if (failure.isEmpty()) {
                done.add(s.entry().getID());
                continue;
            }
            // This one and every one after it are done again, in order.
            for (int j = started.size() - 1; j > i; j--) {
                again.addFirst(started.get(j).entry());
            }
            pause = failed(s, failure.get());
            if (pause.isPresent()) {
                again.addFirst(s.entry());
            } else {
                done.add(s.entry().getID());
            }
            break;
        }
        if (pause.isEmpty() && !done.isEmpty()) {
            tries = 0;
            pauses = 0;
        }
        if (!done.isEmpty()) {
            acknowledge(done);
        }
        return pause;
    }

    private static Optional<Throwable> outcome(CompletableFuture<Void> future, long deadlineNanos) {
        try {
            future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return Optional.empty();
        } catch (ExecutionException | CompletionException e) {
            return Optional.of(e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException e) {
            return Optional.of(new RetryLater("not done within " + BATCH_PATIENCE.toSeconds() + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new RetryLater("interrupted"));
        }
    }

    /** What to do about a failed entry: a pause before it is tried again, or empty once it is parked. */
    private Optional<Duration> failed(Started s, Throwable failure) {
        if (failure instanceof RetryLater || TransientRedisState.of(failure).isPresent()
                || failure instanceof JedisConnectionException) {
            return waitOut(failure);
        }
        if (!s.entry().getID().equals(failing)) {
            failing = s.entry().getID();
            tries = 0;
        }
        tries++;
        if (tries < MAX_TRIES) {
            log.warn("{} effects of {} {} in hall {} failed (try {} of {}): {}", group.groupName(), s.event().type(),
                    s.entry().getID(), hallId, tries, MAX_TRIES, failure.toString());
            return Optional.of(pause(tries));
        }
        return park(s.event(), failure);
    }

    private Optional<Duration> waitOut(Throwable e) {
        pauses++;
        if (pauses == 1 || pauses % 20 == 0) {
            log.info("{} effects of hall {} wait: {}", group.groupName(), hallId, e.getMessage());
        }
        return Optional.of(pause(pauses));
    }

    private Optional<Duration> park(HallEvent event, Throwable failure) {
        try {
            services.parked().park(group, event, tries, failure);
        } catch (RuntimeException e) {
            return waitOut(e);
        }
        log.error("Parked the {} effects of {} {} in hall {} after {} tries", group.groupName(), event.type(),
                event.streamId(), hallId, tries, failure);
        tries = 0;
        failing = null;
        return Optional.empty();
    }

    private void acknowledge(List<StreamEntryID> done) {
        size.addAndGet(-done.size());
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
