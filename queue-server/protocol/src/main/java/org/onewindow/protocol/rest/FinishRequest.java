package org.onewindow.protocol.rest;

import java.util.List;

/**
 * How a service ended, recorded when the clerk finishes the ticket, for the case work that follows.
 *
 * @param outcome           ACCEPTED; ACCEPTED_WITH_MISSING (容缺受理: accepted, materials owed);
 *                          MATERIALS_MISSING (一次性告知: a written notice of what is missing);
 *                          NOT_ACCEPTED (with the reason in {@code note}); SERVED (no application:
 *                          advice given, a result handed out)
 * @param missingMaterials  the materials owed or missing, by name
 * @param note              the reason for not accepting, or anything the back office should know
 */
public record FinishRequest(String outcome, List<String> missingMaterials, String note) {

    public FinishRequest {
        missingMaterials = missingMaterials == null ? List.of() : List.copyOf(missingMaterials);
        note = note == null ? "" : note;
    }
}
