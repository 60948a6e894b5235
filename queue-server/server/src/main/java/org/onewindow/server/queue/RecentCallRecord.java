package org.onewindow.server.queue;

/**
 * A call as kept in the day's recent-calls list. {@code at} is epoch milliseconds; {@code silent}
 * is absent (false) on calls made before silent calls existed.
 */
public record RecentCallRecord(String callId, String number, String window, String area, long at, boolean recall,
                               boolean silent) {
}
