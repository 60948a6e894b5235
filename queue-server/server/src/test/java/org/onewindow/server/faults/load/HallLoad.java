package org.onewindow.server.faults.load;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.server.faults.processes.FaultCluster;
import org.onewindow.server.testsupport.Http;

/**
 * The load of one scenario on one hall: kiosks, one clerk per window and citizens rating, spread
 * over the instances, and the watcher that hears the hall over MQTT. Runs until {@link #stop()}.
 */
public final class HallLoad {

    private final Ledger ledger = new Ledger();
    private final List<Thread> threads = new ArrayList<>();
    private final HallWatcher watcher;
    private volatile boolean running = true;

    private HallLoad(String hallId, Balancer balancer, HallWatcher watcher, LoadShape shape) {
        this.watcher = watcher;
        for (int k = 1; k <= shape.kiosks(); k++) {
            Client kiosk = Client.spread(balancer, Http.bearer(FaultCluster.kioskToken(hallId)), ledger);
            threads.add(new Thread(new Kiosk("k" + k, hallId, kiosk, ledger, () -> running, shape), "kiosk-" + k));
        }
        for (int w = 1; w <= shape.windows(); w++) {
            Client console = Client.sticky(balancer, Http.basic(FaultCluster.clerk(w), FaultCluster.CLERK_PASSWORD), ledger);
            threads.add(new Thread(new WindowClerk(hallId, Integer.toString(w), console, ledger, () -> running, shape),
                    "window-" + w));
        }
        threads.add(new Thread(new Rater(watcher, Client.spread(balancer, null, ledger), ledger, () -> running, shape), "rater"));
    }

    public static HallLoad start(String hallId, Balancer balancer, String brokerUri, LoadShape shape) {
        HallLoad load = new HallLoad(hallId, balancer, new HallWatcher(brokerUri, hallId), shape);
        load.threads.forEach(Thread::start);
        return load;
    }

    /** Stops every client after its current request (each gives up after its own patience). */
    public void stop() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(90_000);
        }
    }

    public Ledger ledger() {
        return ledger;
    }

    public HallWatcher watcher() {
        return watcher;
    }
}
