package org.onewindow.server.queue;

import java.util.List;
import java.util.Map;

/**
 * What a waiting ticket's view is built from, read in one round trip ({@link QueueReader#place}):
 * its place in its queue and what its estimate depends on.
 *
 * @param ahead    tickets waiting ahead of it
 * @param windows  every window that has state; windows never signed in to are absent
 * @param samples  recent service durations of every area, in seconds, newest first
 */
public record TicketPlace(int ahead, Map<String, StoredWindow> windows, Map<String, List<Long>> samples) {
}
