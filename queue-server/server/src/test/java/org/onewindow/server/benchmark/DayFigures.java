package org.onewindow.server.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the large hall's day measured, by hour of the hall's day: requests' latencies (nanoseconds)
 * of issue and call-next, and Redis's {@code used_memory} at the end of each hour. Printed as a
 * Markdown table and one JSON line.
 */
final class DayFigures {

    private static final int ROWS = ArrivalCurve.HOURS + 1;

    private final List<List<Long>> issue = rows();
    private final List<List<Long>> call = rows();
    private final AtomicLongArray memory = new AtomicLongArray(ROWS);
    private final AtomicLongArray waitingAtEnd = new AtomicLongArray(ROWS);

    private static List<List<Long>> rows() {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    void issued(int hour, long nanos) {
        add(issue.get(hour), nanos);
    }

    /** A call-next answered with a ticket. */
    void called(int hour, long nanos) {
        add(call.get(hour), nanos);
    }

    void endOfHour(int hour, long usedMemory, long waiting) {
        memory.set(hour, usedMemory);
        waitingAtEnd.set(hour, waiting);
    }

    private static void add(List<Long> row, long nanos) {
        synchronized (row) {
            row.add(nanos);
        }
    }

    double p99(boolean ofIssue, int hour) {
        return quantile(ofIssue ? issue.get(hour) : call.get(hour), 0.99);
    }

    int calls() {
        return call.stream().mapToInt(List::size).sum();
    }

    void print(String header) {
        StringBuilder table = new StringBuilder(header).append('\n').append(
                "| hour | tickets issued | calls | issue p50 ms | issue p99 ms | call-next p50 ms | call-next p99 ms | waiting at the hour's end | Redis used_memory |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder json = new StringBuilder("{\"benchmark\":\"LargeHallDayBenchmark\",\"hours\":[");
        for (int h = 0; h < ROWS; h++) {
            List<Long> i = issue.get(h);
            List<Long> c = call.get(h);
            if (i.isEmpty() && c.isEmpty()) {
                continue;
            }
            table.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.1f | %.1f | %.1f | %,d | %,d B |%n",
                    ArrivalCurve.hourName(h), i.size(), c.size(), quantile(i, 0.5), quantile(i, 0.99), quantile(c, 0.5),
                    quantile(c, 0.99), waitingAtEnd.get(h), memory.get(h)));
            json.append(String.format(Locale.ROOT,
                    "%s{\"hour\":\"%s\",\"issued\":%d,\"calls\":%d,\"issueP50Ms\":%.2f,\"issueP99Ms\":%.2f,"
                            + "\"callP50Ms\":%.2f,\"callP99Ms\":%.2f,\"waitingAtEnd\":%d,\"usedMemory\":%d}",
                    json.charAt(json.length() - 1) == '[' ? "" : ",", ArrivalCurve.hourName(h), i.size(), c.size(),
                    quantile(i, 0.5), quantile(i, 0.99), quantile(c, 0.5), quantile(c, 0.99), waitingAtEnd.get(h),
                    memory.get(h)));
        }
        System.out.println();
        System.out.print(table);
        // An hour without a request has no quantile: null in JSON, which has no NaN.
        System.out.println(json.append("]}").toString().replace("NaN", "null"));
    }

    /** Milliseconds; NaN for an empty row. */
    private static double quantile(List<Long> row, double q) {
        long[] sorted;
        synchronized (row) {
            sorted = row.stream().mapToLong(Long::longValue).toArray();
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
