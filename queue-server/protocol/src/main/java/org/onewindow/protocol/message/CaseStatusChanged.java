package org.onewindow.protocol.message;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case moved on; QoS 1, not retained, on {@code cases/status}. Terminals and notification
 * services follow it; it names no person.
 *
 * @param hallId        hall
 * @param caseNo        case number
 * @param itemName      service item
 * @param status        the new status
 * @param promisedDate  the promised decision day, null for a notice
 * @param pickupMethod  WINDOW, LOCKER or MAIL once READY
 * @param at            when
 */
public record CaseStatusChanged(
        String hallId,
        String caseNo,
        String itemName,
        String status,
        LocalDate promisedDate,
        String pickupMethod,
        Instant at) {
}
