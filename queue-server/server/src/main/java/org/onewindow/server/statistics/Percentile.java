package org.onewindow.server.statistics;

import java.util.List;

/**
 * Nearest-rank percentiles: the smallest value that at least that share of the values do not
 * exceed. Always a time that really occurred, so figures can be checked by hand.
 */
final class Percentile {

    private Percentile() {
    }

    /** The percentile of the values, or null when there are none. */
    static Long of(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        // Integer arithmetic: 0.9 * 10 in floating point is not exactly 9.
        int rank = Math.max(1, (percent * sorted.size() + 99) / 100);
        return sorted.get(rank - 1);
    }
}
