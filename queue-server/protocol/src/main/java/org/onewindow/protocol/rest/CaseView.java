package org.onewindow.protocol.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case (办件): an application accepted at a window, followed until the result is handed over.
 *
 * @param caseNo            case number, e.g. 202611250007
 * @param hallId            hall
 * @param ticketId          the service at which it was accepted
 * @param ticketNumber      e.g. B012
 * @param itemCode          service item
 * @param itemName          its name
 * @param department        department that decides
 * @param areaId            area that accepted it
 * @param maskedName        the applicant, masked (the person is kept only as a keyed hash)
 * @param outcome           ACCEPTED, ACCEPTED_WITH_MISSING (容缺受理) or MATERIALS_MISSING (一次性告知)
 * @param missingMaterials  materials owed (容缺) or missing (notice)
 * @param owedBy            last day to hand in the owed materials (容缺), null otherwise
 * @param owedReceived      whether the owed materials have been handed in
 * @param promisedDate      the decision promised by this working day; null for a notice
 * @param status            ACCEPTED, IN_REVIEW, DECIDED, READY, DELIVERED; NOTICE_GIVEN for a notice
 * @param pickupMethod      WINDOW, LOCKER or MAIL once READY, empty before
 * @param pickupPlace       window number, locker slot, or tracking number
 * @param history           every status change, oldest first
 * @param createdAt         when accepted
 */
public record CaseView(
        String caseNo,
        String hallId,
        String ticketId,
        String ticketNumber,
        String itemCode,
        String itemName,
        String department,
        String areaId,
        String maskedName,
        String outcome,
        List<String> missingMaterials,
        LocalDate owedBy,
        boolean owedReceived,
        LocalDate promisedDate,
        String status,
        String pickupMethod,
        String pickupPlace,
        List<Step> history,
        Instant createdAt) {

    public CaseView {
        missingMaterials = missingMaterials == null ? List.of() : List.copyOf(missingMaterials);
        history = history == null ? List.of() : List.copyOf(history);
        pickupMethod = pickupMethod == null ? "" : pickupMethod;
        pickupPlace = pickupPlace == null ? "" : pickupPlace;
    }

    /** One status change: who moved the case, when, and why. */
    public record Step(String status, Instant at, String by, String note) {
    }
}
