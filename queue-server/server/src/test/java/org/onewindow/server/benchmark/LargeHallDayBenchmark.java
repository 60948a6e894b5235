package org.onewindow.server.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import redis.clients.jedis.Jedis;

import org.onewindow.protocol.testsupport.FreePorts;
import org.onewindow.server.testsupport.DemoHallServer;
import org.onewindow.server.testsupport.TestPostgres;

/**
 * A large hall's whole day on one server (embedded Redis, broker and PostgreSQL): 200 windows over
 * the 14 areas of the demo hall (12 of them tidal, opened for the morning peak), 200 clerks signed
 * in on the console, 16 kiosks, and a day of 20,000 tickets with a morning peak and a lunch dip
 * replayed 150 times faster than real time through the REST API (see {@link DayReplay}). Prints,
 * per hour of the hall's day, tickets issued, calls, p50/p99 of issue and of call-next, the
 * tickets waiting and Redis's {@code used_memory}. Flat through the day: the last hour's p99 (16:30)
 * within {@value #FLAT_FACTOR}× the first's (08:30), for issue and for call-next. Run with
 * {@code mvn -B -ntp -pl queue-server/server -am test -Pbenchmark -Dtest=LargeHallDayBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dbench.tickets=N}, {@code -Dbench.speedup=X}
 * to scale it).
 */
@Tag("benchmark")
class LargeHallDayBenchmark {

    private static final int TICKETS = Integer.getInteger("bench.tickets", 20_000);
    private static final double SPEEDUP = Double.parseDouble(System.getProperty("bench.speedup", "150"));
    private static final int FLAT_FACTOR = 3;
    private static final int SIGN_IN_THREADS = 4;

    @TempDir
    Path dir;

    @Test
    void aLargeHallsDayKeepsItsLatenciesFlat() throws Exception {
        LargeHall hall = LargeHall.write(dir);
        int redisPort = FreePorts.any();
        List<String> settings = new ArrayList<>(hall.settings());
        settings.addAll(List.of("onewindow.redis.port=" + redisPort, "onewindow.records.url=" + TestPostgres.freshDatabase(),
                "onewindow.records.username=postgres", "logging.level.org.onewindow=WARN"));
        DayFigures figures = new DayFigures();
        try (DemoHallServer server = DemoHallServer.withEmbeddedBroker(dir.resolve("data"), settings.toArray(String[]::new));
             Jedis redis = new Jedis("127.0.0.1", redisPort)) {
            List<ClerkSession> clerks = signIn(server.port());
            DayReplay day = new DayReplay(server.port(), hall, SPEEDUP, figures);
            long start = System.nanoTime();
            replay(day, clerks, redis, figures);
            double seconds = (System.nanoTime() - start) / 1e9;
            figures.print(String.format(java.util.Locale.ROOT,
                    "BENCHMARK large hall: %d windows (%d tidal), %d tickets replayed at %.0fx in %.0f s; kiosks at most"
                            + " %.0f ms behind their schedule; %d call-next found nobody (another window was first)",
                    LargeHall.WINDOWS, LargeHall.TIDAL, day.issued(), SPEEDUP, seconds, day.maxKioskLagMillis(),
                    day.emptyCalls()));
            double issueRatio = figures.p99(true, ArrivalCurve.HOURS - 1) / figures.p99(true, 0);
            double callRatio = figures.p99(false, ArrivalCurve.HOURS - 1) / figures.p99(false, 0);
            System.out.printf(java.util.Locale.ROOT, "BENCHMARK p99 of the last hour / the first: issue %.2f, call-next %.2f (flat: <= %d)%n",
                    issueRatio, callRatio, FLAT_FACTOR);
            assertThat(day.failures()).as(day.firstFailure()).isZero();
            assertThat(day.issued()).as("tickets issued").isEqualTo(TICKETS);
            assertThat(day.calledTickets()).as("every ticket called").isEqualTo(TICKETS);
            assertThat(day.duplicateCalls()).as("tickets called twice").isZero();
            assertThat(issueRatio).as("issue p99, last hour / first").isLessThanOrEqualTo(FLAT_FACTOR);
            assertThat(callRatio).as("call-next p99, last hour / first").isLessThanOrEqualTo(FLAT_FACTOR);
        }
    }

    /** 200 clerks sign in (a bcrypt check each), a few at a time. */
    private static List<ClerkSession> signIn(int port) throws Exception {
        List<CompletableFuture<ClerkSession>> all = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(SIGN_IN_THREADS);
        try {
            for (int w = 1; w <= LargeHall.WINDOWS; w++) {
                int window = w;
                all.add(CompletableFuture.supplyAsync(() -> ClerkSession.signInAt(port, LargeHall.ID, window), pool));
            }
            List<ClerkSession> out = new ArrayList<>();
            for (CompletableFuture<ClerkSession> c : all) {
                out.add(c.get(5, TimeUnit.MINUTES));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void replay(DayReplay day, List<ClerkSession> clerks, Jedis redis, DayFigures figures) throws Exception {
        List<ArrivalCurve.Arrival> arrivals = ArrivalCurve.arrivals(TICKETS, LargeHall.AREAS);
        ExecutorService threads = Executors.newFixedThreadPool(DayReplay.KIOSKS + LargeHall.WINDOWS);
        try {
            day.open();
            List<Future<?>> kiosks = new ArrayList<>();
            for (int k = 0; k < DayReplay.KIOSKS; k++) {
                int kiosk = k;
                kiosks.add(threads.submit(() -> day.kiosk(kiosk, arrivals)));
            }
            List<Future<?>> windows = new ArrayList<>();
            for (int w = 1; w <= LargeHall.WINDOWS; w++) {
                int window = w;
                windows.add(threads.submit(() -> day.clerk(clerks.get(window - 1), window, new Random(window))));
            }
            for (int h = 0; h < ArrivalCurve.HOURS; h++) {
                day.sleepUntil((h + 1) * 3600.0);
                figures.endOfHour(h, usedMemory(redis), day.waitingNow());
            }
            for (Future<?> k : kiosks) {
                k.get(5, TimeUnit.MINUTES);
            }
            // After closing, the windows serve those still waiting; bounded, the benchmark fails if some are left.
            Awaitility.await("every ticket called").atMost(java.time.Duration.ofMinutes(3)).pollInterval(java.time.Duration.ofMillis(100))
                    .until(() -> day.calledTickets() + day.failures() >= day.issued());
            figures.endOfHour(ArrivalCurve.HOURS, usedMemory(redis), day.waitingNow());
            day.close();
            for (Future<?> w : windows) {
                w.get(2, TimeUnit.MINUTES);
            }
        } finally {
            day.close();
            threads.shutdownNow();
        }
    }

    private static long usedMemory(Jedis redis) {
        return redis.info("memory").lines().filter(l -> l.startsWith("used_memory:"))
                .mapToLong(l -> Long.parseLong(l.substring("used_memory:".length()).strip())).findFirst().orElse(-1);
    }
}
