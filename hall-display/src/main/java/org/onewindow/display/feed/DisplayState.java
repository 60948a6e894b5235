package org.onewindow.display.feed;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.WindowScreen;

/**
 * Everything a screen shows, as last heard from the broker. Immutable: the feed swaps in a new one
 * on every change and the screen renders it whole.
 *
 * @param board         the hall's board state, null until the first one arrives
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
}
