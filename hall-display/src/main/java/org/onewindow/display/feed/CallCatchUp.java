package org.onewindow.display.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.RecentCall;

/**
 * Which calls a screen passes on: each {@code callId} once, however often at-least-once delivery
 * brings it, and after a lost connection the calls made meanwhile.
 *
 * <p>Calls are events, not retained: one made while this board was disconnected (or replayed by
 * the server before this board had subscribed again) would never be heard. The board state that
 * arrives after a reconnect lists the recent calls, so those made since the connection was lost
 * are taken from it, oldest first. Not thread-safe: the feed calls it under its lock.
 */
final class CallCatchUp {

    private static final int REMEMBERED_CALLS = 1000;
    /** Clocks of server and display may differ a little; a call this close before the loss is caught up too. */
    private static final Duration MARGIN = Duration.ofSeconds(5);

    private final Set<String> passedOn = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_CALLS;
        }
    });
    /** When the connection was lost; calls made since then are caught up from the next board state. */
    private Instant lostAt;
    private Instant since;

    void lost(Instant at) {
        if (lostAt == null) {
            lostAt = at;
        }
    }

    void connected() {
        since = lostAt;
    }

    /** The calls of a board state made since the connection was lost, oldest first; empty unless just reconnected. */
    List<RecentCall> missed(BoardState board) {
        Instant from = since;
        since = null;
        lostAt = null;
        if (from == null) {
            return List.of();
        }
        List<RecentCall> recent = new ArrayList<>(board.recentCalls());
        Collections.reverse(recent);
        return recent.stream().filter(c -> c.calledAt() != null && !c.calledAt().isBefore(from.minus(MARGIN))).toList();
    }

    /** Whether a call is heard for the first time, and so is to be passed on. */
    boolean firstTime(String callId) {
        return callId != null && passedOn.add(callId);
    }
}
