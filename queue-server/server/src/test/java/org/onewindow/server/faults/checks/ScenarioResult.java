package org.onewindow.server.faults.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * What one scenario's checks found. Counts of things lost are those the hall acknowledged and no
 * longer shows; {@code lostToFsync} are those Redis itself may lose (acknowledged within the last
 * second or so before a kill -9 with {@code appendfsync everysec}), counted apart from the others.
 *
 * @param retried503           503 answers the clients waited out and sent again: the fault was felt
 * @param retriedBroken        requests sent again because the connection broke or was refused
 * @param silenceTargetMillis  the longest silence allowed on the calls topic after the fault;
 *                             negative when the scenario sets none
 */
public record ScenarioResult(
        String scenario,
        int tickets, int ticketsLost, int ticketsDoubled,
        int finishes, int finishesWithoutCase,
        int calls, int callsMissing,
        int offers, int offersMissing,
        int ratings, int ratingsMissing,
        int transientRefusals,
        int retried503, int retriedBroken,
        int lostToFsync,
        long ordinarySilenceMillis, long longestSilenceMillis, long silenceTargetMillis,
        List<String> details) {

    public ScenarioResult {
        details = List.copyOf(details);
    }

    /** Every target this scenario missed, in words; empty when it met them all. */
    public List<String> missedTargets() {
        List<String> missed = new ArrayList<>();
        miss(missed, ticketsLost, "acknowledged tickets lost");
        miss(missed, ticketsDoubled, "ticket numbers given twice");
        miss(missed, finishesWithoutCase, "acknowledged finishes without their case");
        miss(missed, callsMissing, "calls missing on MQTT");
        miss(missed, offersMissing, "rating requests never offered");
        miss(missed, ratingsMissing, "acknowledged ratings lost");
        miss(missed, transientRefusals, "409/500 (or no answer) to a request the client's state allowed");
        if (silenceTargetMillis >= 0 && longestSilenceMillis > silenceTargetMillis) {
            missed.add("%s: calls topic silent %d ms (target %d ms)".formatted(scenario, longestSilenceMillis, silenceTargetMillis));
        }
        return missed;
    }

    private void miss(List<String> missed, int count, String what) {
        if (count > 0) {
            missed.add(scenario + ": " + count + " " + what);
        }
    }
}
