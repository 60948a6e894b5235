package org.onewindow.kiosk;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * The kiosk's threads besides the JavaFX one, all daemons, stopped together when the kiosk closes.
 * Each has its own pool so that a slow one (a locker pickup waiting for its answer) never holds up
 * another (the health probe that tells the screen the server is gone).
 */
final class KioskThreads implements AutoCloseable {

    private final ExecutorService work = Executors.newCachedThreadPool(daemon("kiosk-work"));
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(daemon("kiosk-probe"));
    /** Its own thread: a kept pickup waits up to a request timeout for each answer. */
    private final ScheduledExecutorService pickupRetries = Executors.newSingleThreadScheduledExecutor(daemon("locker-pickups"));

    /** Server calls and printing, which must never run on the JavaFX thread. */
    ExecutorService work() {
        return work;
    }

    /** The health probe of the server, the broker and the devices. */
    ScheduledExecutorService probe() {
        return probe;
    }

    /** Pickups kept while the server was out of reach, sent again later. */
    ScheduledExecutorService pickupRetries() {
        return pickupRetries;
    }

    @Override
    public void close() {
        probe.shutdownNow();
        pickupRetries.shutdownNow();
        work.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
