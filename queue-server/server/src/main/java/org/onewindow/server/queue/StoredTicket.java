package org.onewindow.server.queue;

import java.util.List;

/**
 * A ticket as the scripts keep it (JSON in the day's ticket hash). Times are epoch milliseconds,
 * 0 when not yet reached. {@code person} is the keyed hash of the ID number, never the number.
 * {@code outcome}, {@code outcomeNote} and {@code missingMaterials} say how the service ended
 * (see FinishRequest); empty until the clerk finishes it with an outcome. {@code finishedBy} is the
 * account that finished it (absent on tickets finished by earlier releases): a rating names its
 * clerk from here, so that the rating token a citizen holds names no staff account.
 * {@code remote} marks a ticket taken by phone (线上取号): {@link #AWAITING_ARRIVAL} in no queue until
 * {@code checkedInAt}, or {@link #LAPSED} at {@code lapsedAt} when never checked in.
 */
public record StoredTicket(
        String id,
        String number,
        String area,
        String item,
        String status,
        String priority,
        String greenReason,
        long arrival,
        long issued,
        long score,
        String person,
        String name,
        String window,
        String targetWindow,
        long calledAt,
        long lastCalledAt,
        int calls,
        int recalls,
        int transfers,
        String fromArea,
        String requestId,
        String tracking,
        String appointment,
        long finishedAt,
        long noShowAt,
        String lastCallId,
        String outcome,
        String outcomeNote,
        List<String> missingMaterials,
        String finishedBy,
        boolean remote,
        long checkedInAt,
        long lapsedAt) {

    public static final String WAITING = "WAITING";
    public static final String CALLED = "CALLED";
    public static final String DONE = "DONE";
    public static final String NO_SHOW = "NO_SHOW";
    /** Taken by phone, not yet checked in at the hall: it has a number but waits in no queue. */
    public static final String AWAITING_ARRIVAL = "AWAITING_ARRIVAL";
    /** Taken by phone and not checked in by the hall's lapse time. */
    public static final String LAPSED = "LAPSED";

    public boolean isWaiting() {
        return WAITING.equals(status);
    }

    /** The business day of the ticket, from its id ({@code yyyyMMdd-A001}). */
    public String day() {
        return dayOf(id);
    }

    /** The business day encoded in a ticket id, or empty when the id has no such shape. */
    public static String dayOf(String ticketId) {
        return ticketId != null && ticketId.length() > 9 && ticketId.charAt(8) == '-'
                && ticketId.substring(0, 8).chars().allMatch(Character::isDigit) ? ticketId.substring(0, 8) : "";
    }
}
