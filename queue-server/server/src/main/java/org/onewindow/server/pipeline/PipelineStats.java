package org.onewindow.server.pipeline;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/** What this instance's pipeline has done since it started: for the benchmarks. */
@Component
public class PipelineStats {

    private final AtomicLong handled = new AtomicLong();

    void countHandled(int entries) {
        handled.addAndGet(entries);
    }

    /** Entries whose effects of one group were done and acknowledged (an entry counts once per group). */
    public long handled() {
        return handled.get();
    }
}
