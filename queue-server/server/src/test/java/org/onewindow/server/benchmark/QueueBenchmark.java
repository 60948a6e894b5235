package org.onewindow.server.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;

/**
 * Latency of issuing and calling, as a large hall at its peak would load it: kiosks issue 5,000
 * tickets from 8 threads, then 8 windows call and finish them all. Prints p50/p95/p99 in
 * milliseconds. Run with {@code mvn -pl queue-server/server -am test -Pbenchmark}.
 */
@Tag("benchmark")
class QueueBenchmark {

    private static final int TICKETS = 5000;

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void issueAndCallLatency(String redis) throws Exception {
        Hall hall = TestHalls.small();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (QueueCore core = QueueCore.on(redis, Clock.systemUTC(), hall)) {
            for (int i = 0; i < 200; i++) { // warm the JIT and the script cache
                core.tickets.issue(hall.id(), request("social"), "warm-up");
            }
            long[] issue = timeAll(threads, TICKETS, i -> core.tickets.issue(hall.id(), request("biz"), "kiosk"));
            for (int w = 1; w <= 8; w++) {
                core.calling.signIn(hall.id(), Integer.toString(w), "clerk" + w);
            }
            long[] call = timeAll(threads, TICKETS, i -> {
                String window = Integer.toString(1 + (int) (Thread.currentThread().getId() % 8));
                synchronized (("window-" + hall.id() + window).intern()) {
                    core.calling.callNext(hall.id(), window, "clerk" + window)
                            .ifPresent(t -> core.calling.finish(hall.id(), window, "clerk" + window));
                }
            });
            report(redis, "issue", issue);
            report(redis, "call next + finish", call);
            assertThat(core.tickets.waiting(hall.id(), "biz")).hasSizeLessThan(TICKETS);
        } finally {
            threads.shutdownNow();
        }
    }

    private interface Step {
        void run(int i) throws Exception;
    }

    private static long[] timeAll(ExecutorService threads, int count, Step step) throws Exception {
        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(threads.submit(() -> {
                long start = System.nanoTime();
                step.run(n);
                return System.nanoTime() - start;
            }));
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            nanos[i] = futures.get(i).get(2, TimeUnit.MINUTES);
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String redis, String what, long[] sorted) {
        System.out.printf("BENCHMARK redis=%s %-20s n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms%n", redis, what,
                sorted.length, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double percentile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(percentile * sorted.length))] / 1e6;
    }

    private static IssueTicketRequest request(String area) {
        return new IssueTicketRequest(UUID.randomUUID().toString(), area, null, null, null, null);
    }
}
