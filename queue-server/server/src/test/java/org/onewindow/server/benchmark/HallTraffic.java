package org.onewindow.server.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.IssueTicketRequest;

/**
 * What kiosks and windows do to the halls, through a server's own services: a ticket is issued,
 * called at a window and finished there, every third one accepted (which opens a case). Each hall
 * belongs to one thread, so its window's call and finish follow in order.
 */
final class HallTraffic {

    private static final int WINDOWS = 8;
    private static final FinishRequest ACCEPTED = new FinishRequest("ACCEPTED", List.of(), "");

    private final ServerInstance server;
    private final List<String> halls;
    private final int threads;
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();

    HallTraffic(ServerInstance server, List<String> halls, int threads) {
        this.server = server;
        this.halls = halls;
        this.threads = threads;
    }

    /** Log entries written so far (each operation appends one). */
    long writes() {
        return writes.get();
    }

    /** Tickets called so far. */
    long calls() {
        return calls.get();
    }

    void signInEveryWindow() throws Exception {
        onEachThread((hall, n) -> {
            for (int w = 1; w <= WINDOWS; w++) {
                server.calling.signIn(hall, Integer.toString(w), "clerk" + w);
                writes.incrementAndGet();
            }
        }, 1);
    }

    /** As fast as the threads go: {@code cycles} issue-call-finish rounds in every hall. */
    void burst(int cycles) throws Exception {
        onEachThread(this::cycle, cycles);
    }

    /**
     * About {@code eventsPerSecond} over all halls for {@code seconds}, each thread keeping to its
     * share of a fixed schedule (a late operation is not made up for by a burst).
     */
    void steady(int eventsPerSecond, int seconds) throws Exception {
        long periodNanos = TimeUnit.SECONDS.toNanos(1) * 3 * threads / eventsPerSecond;
        int cycles = eventsPerSecond * seconds / 3 / threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    long next = System.nanoTime();
                    for (int c = 0; c < cycles; c++) {
                        String hall = halls.get((thread + c * threads) % halls.size());
                        cycle(hall, c);
                        next = Math.max(next + periodNanos, System.nanoTime() - periodNanos);
                        LockSupport.parkNanos(next - System.nanoTime());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(seconds * 3L + 60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private interface HallWork {
        void run(String hall, int n);
    }

    private void onEachThread(HallWork work, int rounds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int n = 0; n < rounds; n++) {
                        for (int h = thread; h < halls.size(); h += threads) {
                            work.run(halls.get(h), n);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void cycle(String hall, int n) {
        String window = Integer.toString(1 + n % WINDOWS);
        server.tickets.issue(hall, new IssueTicketRequest(UUID.randomUUID().toString(), "biz", null, null, null, null), "kiosk");
        writes.incrementAndGet();
        if (server.calling.callNext(hall, window, "clerk" + window).isPresent()) {
            writes.incrementAndGet();
            calls.incrementAndGet();
            server.calling.finish(hall, window, "clerk" + window, n % 3 == 0 ? ACCEPTED : null);
            writes.incrementAndGet();
        }
    }
}
