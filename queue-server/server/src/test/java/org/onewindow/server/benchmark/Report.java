package org.onewindow.server.benchmark;

import java.util.List;
import java.util.Locale;

/** The REST benchmark's figures as a Markdown table and one JSON line, each read against its floor. */
final class Report {

    private Report() {
    }

    /** Each step after a "floor" step at the same number of clients is read against that floor. */
    static void print(List<RestLoad.Step> steps) {
        StringBuilder table = new StringBuilder(
                "| what | clients | requests | req/s | ratio to the floor | p50 ms | p99 ms | p99 / floor's p99 |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder json = new StringBuilder("{\"benchmark\":\"RestFloorBenchmark\",\"steps\":[");
        RestLoad.Step floor = null;
        for (RestLoad.Step s : steps) {
            if (s.what().equals("floor")) {
                floor = s;
            }
            double ratio = floor == null ? Double.NaN : s.perSecond() / floor.perSecond();
            double p99Ratio = floor == null ? Double.NaN : s.p99() / floor.p99();
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %,.0f | %.2f | %.1f | %.1f | %.2f |%n",
                    s.what(), s.clients(), s.requests(), s.perSecond(), ratio, s.p50(), s.p99(), p99Ratio));
            json.append(String.format(Locale.ROOT,
                    "%s{\"what\":\"%s\",\"clients\":%d,\"requests\":%d,\"perSecond\":%.1f,\"ratio\":%.3f,"
                            + "\"p50Ms\":%.2f,\"p99Ms\":%.2f,\"p99Ratio\":%.3f,\"failures\":%d}",
                    json.charAt(json.length() - 1) == '[' ? "" : ",", s.what(), s.clients(), s.requests(),
                    s.perSecond(), ratio, s.p50(), s.p99(), p99Ratio, s.failures()));
        }
        System.out.println();
        System.out.print(table);
        System.out.println(json.append("]}"));
    }
}
