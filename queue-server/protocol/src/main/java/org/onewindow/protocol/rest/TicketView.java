package org.onewindow.protocol.rest;

import java.time.Instant;
import java.util.List;

/**
 * A ticket as the kiosk, the clerk and the citizen's phone see it.
 *
 * @param ticketId              stable id, {@code yyyyMMdd-A001}
 * @param number                printed number, e.g. A001
 * @param hallId                hall
 * @param areaId                area the ticket waits in now
 * @param areaName              its Chinese name
 * @param itemCode              service item, empty when none was chosen
 * @param status                WAITING, CALLED, DONE or NO_SHOW
 * @param priority              NORMAL, GREEN or APPOINTMENT
 * @param maskedName            e.g. 张*, empty when anonymous
 * @param peopleAhead           tickets that will be called before this one, when waiting
 * @param estimatedWaitSeconds  predicted wait, when waiting; null while no window that can call it
 *                              is open
 * @param windowNo              window that called it, or that it was transferred to
 * @param windowNos             windows that serve its area now
 * @param issuedAt              when issued
 * @param calledAt              when last called, null before
 * @param recalls               how many times it was recalled
 * @param trackingCode          random code for following the queue by phone
 * @param greenChannel          why the ticket is in the green channel (AGE, DISABILITY, PREGNANCY,
 *                              MILITARY, OTHER, STAFF), PENDING while staff have yet to confirm a
 *                              reason chosen on screen, empty otherwise
 * @param existing              true when the person already held a live ticket for the area,
 *                              or when the request id had been answered before
 * @param noWindowOpen          true while the ticket waits and no window that can call it is open
 *                              (none of its area's, or not the one it was sent to): readers show
 *                              {@link org.onewindow.protocol.message.NoWindowOpen}'s words instead
 *                              of a wait
 * @param trackingUrl           the address of the ticket's phone page, for its QR code; null from a
 *                              server of an earlier release (the kiosk then builds its own)
 * @param ratingUrl             once the service is FINISHED (status DONE) and may still be rated, the
 *                              address where the citizen rates it by phone; null otherwise and
 *                              everywhere but the tracking view
 */
public record TicketView(
        String ticketId,
        String number,
        String hallId,
        String areaId,
        String areaName,
        String itemCode,
        String status,
        String priority,
        String maskedName,
        int peopleAhead,
        Long estimatedWaitSeconds,
        String windowNo,
        List<String> windowNos,
        Instant issuedAt,
        Instant calledAt,
        int recalls,
        String trackingCode,
        boolean existing,
        String greenChannel,
        boolean noWindowOpen,
        String trackingUrl,
        String ratingUrl) {

    /** No open window, no estimate: the two always agree. */
    public TicketView {
        windowNos = windowNos == null ? List.of() : List.copyOf(windowNos);
        if (noWindowOpen || estimatedWaitSeconds == null) {
            noWindowOpen = true;
            estimatedWaitSeconds = null;
        }
    }

    /** A view without the links, as releases before them made it. */
    public TicketView(String ticketId, String number, String hallId, String areaId, String areaName, String itemCode,
                      String status, String priority, String maskedName, int peopleAhead, Long estimatedWaitSeconds,
                      String windowNo, List<String> windowNos, Instant issuedAt, Instant calledAt, int recalls,
                      String trackingCode, boolean existing, String greenChannel, boolean noWindowOpen) {
        this(ticketId, number, hallId, areaId, areaName, itemCode, status, priority, maskedName, peopleAhead,
                estimatedWaitSeconds, windowNo, windowNos, issuedAt, calledAt, recalls, trackingCode, existing, greenChannel,
                noWindowOpen, null, null);
    }

    /**
     * What anyone holding the tracking code may see: no name, not marked as an earlier answer, and
     * the rating link given (null unless the service finished and may still be rated).
     */
    public TicketView forTracking(String ratingLink) {
        return new TicketView(ticketId, number, hallId, areaId, areaName, itemCode, status, priority, "", peopleAhead,
                estimatedWaitSeconds, windowNo, windowNos, issuedAt, calledAt, recalls, trackingCode, false, greenChannel,
                noWindowOpen, trackingUrl, ratingLink);
    }
}
