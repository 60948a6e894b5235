package org.onewindow.display.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.RecentCall;
import org.onewindow.protocol.message.WindowScreen;

/**
 * Everything a screen shows, as last heard from the broker. Immutable: the feed swaps in a new one
 * on every change and the screen renders it whole.
 *
 * @param board         the hall's board state, null until the first one arrives; its recent calls
 *                      list each ticket once, at its latest call
 * @param windows       window screens by window number
 * @param connected     whether the broker connection is up now
 * @param serverOnline  whether the queue server says it is online (its retained presence)
 * @param updatedAt     when the last state message arrived, null before the first
 */
public record DisplayState(
        BoardState board,
        Map<String, WindowScreen> windows,
        boolean connected,
        boolean serverOnline,
        Instant updatedAt) {

    public DisplayState {
        windows = Map.copyOf(windows);
        board = oncePerTicket(board);
    }

    public static DisplayState empty() {
        return new DisplayState(null, Map.of(), false, true, null);
    }

    public Optional<BoardState> boardState() {
        return Optional.ofNullable(board);
    }

    public Optional<WindowScreen> window(String windowNo) {
        return Optional.ofNullable(windows.get(windowNo));
    }

    /** Whether what is shown may be out of date: no broker, or the server behind it is gone. */
    public boolean offline() {
        return !connected || !serverOnline;
    }

    DisplayState withBoard(BoardState b, Instant at) {
        return new DisplayState(b, windows, connected, serverOnline, at);
    }

    DisplayState withWindow(WindowScreen w, Instant at) {
        Map<String, WindowScreen> all = new HashMap<>(windows);
        all.put(w.windowNo(), w);
        return new DisplayState(board, all, connected, serverOnline, at);
    }

    DisplayState withConnected(boolean up) {
        return new DisplayState(board, windows, up, serverOnline, updatedAt);
    }

    DisplayState withServerOnline(boolean online) {
        return new DisplayState(board, windows, connected, online, updatedAt);
    }

    /**
     * A recall, or a transferred ticket called again, is one ticket called anew: it is shown once,
     * at its latest call (the list is newest first), whatever list a server of an earlier release
     * sends. The calls caught up after a reconnect come from this list too, so each is heard once.
     */
    private static BoardState oncePerTicket(BoardState b) {
        if (b == null) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        List<RecentCall> once = new ArrayList<>();
        for (RecentCall c : b.recentCalls()) {
            if (seen.add(c.ticketNumber())) {
                once.add(c);
            }
        }
        return once.size() == b.recentCalls().size() ? b
                : new BoardState(b.hallId(), b.hallName(), b.seq(), b.at(), once, b.areas(), b.tidalWindows(), b.notice());
    }
}
