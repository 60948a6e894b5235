package org.onewindow.server.faults;

import java.util.List;

import org.onewindow.server.faults.checks.ScenarioResult;
import org.onewindow.server.faults.report.ResultTable;

/** Prints a run's table and, per scenario, the first things found missing. */
final class FaultReport {

    private static final int DETAILS_SHOWN = 15;

    private FaultReport() {
    }

    static void print(List<ScenarioResult> results) {
        System.out.println();
        System.out.println(ResultTable.of(results));
        for (ScenarioResult r : results) {
            if (!r.details().isEmpty()) {
                System.out.println(r.scenario() + ":");
                r.details().stream().limit(DETAILS_SHOWN).forEach(d -> System.out.println("  " + d));
                if (r.details().size() > DETAILS_SHOWN) {
                    System.out.println("  … and " + (r.details().size() - DETAILS_SHOWN) + " more");
                }
            }
        }
    }
}
