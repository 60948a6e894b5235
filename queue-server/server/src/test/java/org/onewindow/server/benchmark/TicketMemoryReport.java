package org.onewindow.server.benchmark;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The memory benchmark's figures as a Markdown table and one JSON line. */
final class TicketMemoryReport {

    private TicketMemoryReport() {
    }

    /** Bytes are totals over every hall; latencies in ns, sorted. */
    record Figures(String redis, int halls, long tickets, double daySeconds, long compactBytes, long longFormBytes,
                   Map<String, Long> families, long[] issueNanos, long[] callNanos, long entries) {
    }

    /** The table at once (a pipeline that fails to start keeps it), then the pipeline's line and the JSON. */
    static void print(Figures f) {
        print(f, null);
    }

    static void print(Figures f, Pipeline p) {
        double n = f.tickets();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nRedis %s, %d halls, %d tickets, worked in %.0f s (%.0f tickets/s)%n%n"
                        + "| key family | long form, B/ticket | compact, B/ticket |%n|---|---:|---:|%n",
                f.redis(), f.halls(), f.tickets(), f.daySeconds(), n / f.daySeconds()));
        StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
                "{\"benchmark\":\"TicketMemoryBenchmark\",\"redis\":\"%s\",\"halls\":%d,\"tickets\":%d,"
                        + "\"usedMemoryPerTicket\":{\"longForm\":%.1f,\"compact\":%.1f},\"families\":{",
                f.redis(), f.halls(), f.tickets(), f.longFormBytes() / n, f.compactBytes() / n));
        TreeSet<String> names = new TreeSet<>();
        f.families().keySet().stream().filter(k -> !k.startsWith("long ")).forEach(names::add);
        long longSum = 0;
        long compactSum = 0;
        for (String family : names) {
            long compact = f.families().get(family);
            long longForm = f.families().getOrDefault("long " + family, compact);
            longSum += longForm;
            compactSum += compact;
            table.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", family, longForm / n, compact / n));
            json.append(String.format(Locale.ROOT, "%s\"%s\":[%.1f,%.1f]", json.charAt(json.length() - 1) == '{' ? "" : ",",
                    family, longForm / n, compact / n));
        }
        table.append(String.format(Locale.ROOT, "| all keys (MEMORY USAGE) | %.1f | %.1f |%n", longSum / n, compactSum / n));
        table.append(String.format(Locale.ROOT, "| used_memory rise / tickets | %.1f | %.1f |%n%n",
                f.longFormBytes() / n, f.compactBytes() / n));
        table.append("| with every hall active | n | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
        table.append(latencies("issue", f.issueNanos())).append(latencies("call next", f.callNanos()));
        if (p == null) {
            System.out.print(table);
            return;
        }
        table.setLength(0);
        table.append(String.format(Locale.ROOT, "%npipeline on the day's %d entries: first entry handled %.1f s after its start;"
                + " then %d events (both groups) in %.1f s, %.0f events/s%n", f.entries(), p.firstSeconds(), p.events(),
                p.seconds(), p.eventsPerSecond()));
        json.append(String.format(Locale.ROOT, "},\"issueMs\":%s,\"callMs\":%s,\"entries\":%d,\"pipelineFirstEntrySeconds\":%.1f,"
                        + "\"eventsPerSecond\":%.0f}", percentiles(f.issueNanos()), percentiles(f.callNanos()), f.entries(),
                p.firstSeconds(), p.eventsPerSecond()));
        System.out.print(table);
        System.out.println(json);
    }

    private static String latencies(String what, long[] sorted) {
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.1f |%n", what, sorted.length,
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    }

    private static String percentiles(long[] sorted) {
        return String.format(Locale.ROOT, "{\"p50\":%.2f,\"p95\":%.2f,\"p99\":%.2f}", at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99));
    }

    private static double at(long[] sorted, double percentile) {
        return sorted.length == 0 ? Double.NaN
                : sorted[(int) Math.min(sorted.length - 1, Math.floor(percentile * sorted.length))] / 1e6;
    }
}
