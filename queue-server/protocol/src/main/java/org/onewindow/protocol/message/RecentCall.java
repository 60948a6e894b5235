package org.onewindow.protocol.message;

import java.time.Instant;

/**
 * One line of the board's call list: "请 A012 号 到 5 号窗口办理".
 *
 * @param callId        unique per call or recall
 * @param ticketNumber  e.g. A012
 * @param windowNo      window the citizen goes to
 * @param areaId        area of the ticket
 * @param areaName      area name in Chinese
 * @param calledAt      when called
 * @param recall        whether this is a recall of the same ticket
 * @param silent        无声叫号: shown, not spoken (false from servers before it existed)
 */
public record RecentCall(
        String callId,
        String ticketNumber,
        String windowNo,
        String areaId,
        String areaName,
        Instant calledAt,
        boolean recall,
        boolean silent) {

    /** A spoken call, as every call was before silent calls. */
    public RecentCall(String callId, String ticketNumber, String windowNo, String areaId, String areaName,
                      Instant calledAt, boolean recall) {
        this(callId, ticketNumber, windowNo, areaId, areaName, calledAt, recall, false);
    }
}
