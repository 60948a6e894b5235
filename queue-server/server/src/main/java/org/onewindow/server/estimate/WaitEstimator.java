package org.onewindow.server.estimate;

import java.util.List;
import java.util.OptionalLong;

/**
 * Estimates waits. The typical service time of an area is the trimmed mean of its recent
 * services (the fastest and slowest tenth dropped, so one abandoned or forgotten ticket does not
 * swing it); with fewer than {@link #MIN_SAMPLES} services measured, the area's configured
 * default is used. A ticket with {@code n} people ahead in an area served by {@code w} open
 * windows waits about {@code (n / w) × typical service time}: the windows work in parallel. With
 * no window open there is no estimate: nobody will be called until a window opens, and a number
 * made up by assuming one would promise a wait the hall cannot keep.
 */
public final class WaitEstimator {

    /** Fewer measured services than this and the configured default is used. */
    public static final int MIN_SAMPLES = 5;

    private WaitEstimator() {
    }

    /** Typical service seconds from recent samples (newest first), or the default. */
    public static long typicalServiceSeconds(List<Long> samples, int defaultMinutes) {
        if (samples == null || samples.size() < MIN_SAMPLES) {
            return defaultMinutes * 60L;
        }
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        int trim = sorted.length / 10;
        long sum = 0;
        for (int i = trim; i < sorted.length - trim; i++) {
            sum += sorted[i];
        }
        return Math.max(1, Math.round((double) sum / (sorted.length - 2 * trim)));
    }

    /**
     * Predicted seconds until a ticket with {@code peopleAhead} ahead of it is called; empty when
     * no window is open to call it.
     */
    public static OptionalLong waitSeconds(int peopleAhead, long typicalServiceSeconds, int openWindows) {
        if (openWindows <= 0) {
            return OptionalLong.empty();
        }
        if (peopleAhead <= 0) {
            return OptionalLong.of(0);
        }
        return OptionalLong.of(Math.round((double) peopleAhead * typicalServiceSeconds / openWindows));
    }
}
