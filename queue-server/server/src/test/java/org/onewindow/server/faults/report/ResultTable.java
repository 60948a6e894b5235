package org.onewindow.server.faults.report;

import java.util.List;

import org.onewindow.server.faults.checks.ScenarioResult;

/** The suite's findings as a Markdown table, one row per scenario: printed, and kept in docs/reliability.md. */
public final class ResultTable {

    private static final String HEADER = "| scenario | acknowledged tickets | lost | doubled | finishes (opening a case) | without case"
            + " | calls | missing on MQTT | rating requests | not offered | ratings | missing | transient 409/500"
            + " | lost by Redis's fsync window | longest silence on calls (ordinary) | retried: 503 / broken connection |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n";

    private ResultTable() {
    }

    public static String of(List<ScenarioResult> results) {
        StringBuilder table = new StringBuilder(HEADER);
        for (ScenarioResult r : results) {
            table.append("| ").append(r.scenario())
                    .append(cells(r.tickets(), r.ticketsLost(), r.ticketsDoubled(), r.finishes(), r.finishesWithoutCase(),
                            r.calls(), r.callsMissing(), r.offers(), r.offersMissing(), r.ratings(), r.ratingsMissing(),
                            r.transientRefusals(), r.lostToFsync()))
                    .append(" | ").append(silence(r))
                    .append(" | ").append(r.retried503()).append(" / ").append(r.retriedBroken()).append(" |\n");
        }
        return table.toString();
    }

    private static String cells(int... values) {
        StringBuilder cells = new StringBuilder();
        for (int v : values) {
            cells.append(" | ").append(v);
        }
        return cells.toString();
    }

    private static String silence(ScenarioResult r) {
        String target = r.silenceTargetMillis() < 0 ? "" : ", target ≤ %.1f s".formatted(r.silenceTargetMillis() / 1000.0);
        return "%.1f s (%.1f s%s)".formatted(r.longestSilenceMillis() / 1000.0, r.ordinarySilenceMillis() / 1000.0, target);
    }
}
