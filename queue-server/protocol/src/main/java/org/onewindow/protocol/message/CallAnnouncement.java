package org.onewindow.protocol.message;

import java.time.Instant;

/**
 * A call or recall to announce on the boards and speak aloud. QoS 1, not retained; a board
 * that sees the same {@code callId} twice announces it once.
 *
 * @param hallId        hall
 * @param callId        unique per call or recall
 * @param seq           hall state sequence of the call
 * @param ticketNumber  e.g. A012
 * @param windowNo      window to go to
 * @param areaId        area of the ticket
 * @param areaName      area name in Chinese
 * @param recallCount   0 for the first call, 1 for the first recall...
 * @param at            when called
 * @param silent        无声叫号: show the call, do not speak it (false from servers before it existed)
 */
public record CallAnnouncement(
        String hallId,
        String callId,
        long seq,
        String ticketNumber,
        String windowNo,
        String areaId,
        String areaName,
        int recallCount,
        Instant at,
        boolean silent) {

    /** A spoken call, as every call was before silent calls. */
    public CallAnnouncement(String hallId, String callId, long seq, String ticketNumber, String windowNo, String areaId,
                            String areaName, int recallCount, Instant at) {
        this(hallId, callId, seq, ticketNumber, windowNo, areaId, areaName, recallCount, at, false);
    }
}
