package org.onewindow.server.benchmark;

import java.time.Duration;

import org.awaitility.Awaitility;

/**
 * Events/s of one instance's pipeline on a filled log: from the first entry it handles (a server
 * of thousands of halls takes a while to connect them and take their leases, reported apart) to
 * when both groups are through {@code target} entries or {@code seconds} have passed. An event
 * counts once when both groups have done it.
 */
record Pipeline(double firstSeconds, long events, double seconds) {

    double eventsPerSecond() {
        return events / seconds;
    }

    static Pipeline measure(ServerInstance server, long target, int seconds) {
        Awaitility.await("the pipeline's first entry").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> server.handled() > 0);
        long from = System.nanoTime();
        long handledFrom = server.handled();
        double first = (from - server.pipelineStartedNanos()) / 1e9;
        Awaitility.await("the pipeline through the entries").atMost(Duration.ofSeconds(seconds + 60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> server.handled() >= target || System.nanoTime() - from > seconds * 1_000_000_000L);
        return new Pipeline(first, (server.handled() - handledFrom) / 2, (System.nanoTime() - from) / 1e9);
    }
}
