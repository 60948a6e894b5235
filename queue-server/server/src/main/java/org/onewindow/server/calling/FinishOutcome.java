package org.onewindow.server.calling;

import java.util.List;
import java.util.Set;

import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.server.error.InvalidFieldException;

/**
 * A checked finish outcome. Each outcome carries what the case work after it needs: materials owed
 * under 容缺受理 or listed in a missing-materials notice, a reason when an application is refused.
 */
record FinishOutcome(String outcome, List<String> missingMaterials, String note) {

    static final Set<String> OUTCOMES = Set.of("ACCEPTED", "ACCEPTED_WITH_MISSING", "MATERIALS_MISSING",
            "NOT_ACCEPTED", "SERVED");
    private static final int MAX_NOTE = 500;
    private static final int MAX_MATERIALS = 30;
    private static final int MAX_MATERIAL = 100;

    /** No outcome given (an older client): the finish is recorded without one. */
    static final FinishOutcome NONE = new FinishOutcome("", List.of(), "");

    static FinishOutcome of(FinishRequest request) {
        if (request == null || request.outcome() == null || request.outcome().isBlank()) {
            return NONE;
        }
        String outcome = request.outcome().strip();
        if (!OUTCOMES.contains(outcome)) {
            throw new InvalidFieldException("outcome", "must be one of " + String.join(", ", OUTCOMES.stream().sorted().toList()));
        }
        List<String> missing = request.missingMaterials().stream().filter(m -> m != null && !m.isBlank())
                .map(String::strip).toList();
        if (missing.size() > MAX_MATERIALS) {
            throw new InvalidFieldException("missingMaterials", "at most " + MAX_MATERIALS + " materials");
        }
        if (missing.stream().anyMatch(m -> m.length() > MAX_MATERIAL)) {
            throw new InvalidFieldException("missingMaterials", "each at most " + MAX_MATERIAL + " characters");
        }
        String note = request.note().strip();
        if (note.length() > MAX_NOTE) {
            throw new InvalidFieldException("note", "at most " + MAX_NOTE + " characters");
        }
        if ((outcome.equals("ACCEPTED_WITH_MISSING") || outcome.equals("MATERIALS_MISSING")) && missing.isEmpty()) {
            throw new InvalidFieldException("missingMaterials", "name the materials that are missing");
        }
        if (outcome.equals("NOT_ACCEPTED") && note.isEmpty()) {
            throw new InvalidFieldException("note", "give the reason the application is not accepted");
        }
        return new FinishOutcome(outcome, missing, note);
    }
}
