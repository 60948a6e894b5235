package org.onewindow.server.faults.checks;

import java.util.Collection;
import java.util.List;

/**
 * The longest silences on the calls topic, as the subscriber heard it (first arrival of each call):
 * the ordinary one before the fault, and the longest from the fault to the end of the load.
 */
public record Silence(long ordinaryMillis, long afterFaultMillis) {

    static Silence of(Collection<Long> arrivals, long steadyFrom, long faultAt, long loadEnd) {
        List<Long> sorted = arrivals.stream().sorted().toList();
        long ordinary = 0;
        long after = 0;
        for (int i = 1; i < sorted.size(); i++) {
            long previous = sorted.get(i - 1);
            long current = sorted.get(i);
            long gap = current - previous;
            if (previous >= steadyFrom && current <= faultAt) {
                ordinary = Math.max(ordinary, gap);
            } else if (current > faultAt && previous < loadEnd) {
                after = Math.max(after, gap);
            }
        }
        // Calls that stop at the fault and never resume: silent until the end of the load.
        long last = sorted.isEmpty() ? faultAt : sorted.get(sorted.size() - 1);
        if (last < loadEnd) {
            after = Math.max(after, loadEnd - Math.max(last, faultAt));
        }
        return new Silence(ordinary, after);
    }
}
