package org.onewindow.server.queue;

import java.util.List;
import java.util.Map;

/**
 * What the hall's boards and area queues are built from, read from Redis at one moment in one
 * round trip ({@link QueueReader#snapshot}). Queues are in the order their keys were given.
 *
 * @param version  the hall version, 0 before the first change
 * @param windows  every window that has state; windows never signed in to are absent
 * @param samples  recent service durations of every area, in seconds, newest first
 * @param notice   the boards' notice, empty when none
 * @param calls    the day's recent calls, newest first (empty when none were asked for)
 * @param served   the tickets the windows serve, by id, of those in the day's tickets (empty when
 *                 they were not asked for)
 * @param queues   each queue's length and the earliest arrival among its head's tickets
 */
public record HallSnapshot(long version, Map<String, StoredWindow> windows, Map<String, List<Long>> samples,
        String notice, List<RecentCallRecord> calls, Map<String, StoredTicket> served, List<Queue> queues) {

    /** A queue's length, and the earliest arrival (ms) among the tickets at its head, -1 when empty. */
    public record Queue(int length, long oldestArrival) {
    }
}
