package org.onewindow.server.pipeline;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/** What this instance's pipeline has done since it started: for the benchmarks and the health view. */
@Component
public class PipelineStats {

    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();

    void countHandled(int entries) {
        handled.addAndGet(entries);
    }

    void countRetry() {
        retried.incrementAndGet();
    }

    void countParked() {
        parked.incrementAndGet();
    }

    /** Entries whose effects of one group were done and acknowledged (an entry counts once per group). */
    public long handled() {
        return handled.get();
    }

    public long retried() {
        return retried.get();
    }

    public long parked() {
        return parked.get();
    }
}
