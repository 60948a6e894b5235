package org.onewindow.protocol.message;

import java.time.Instant;
import java.util.List;

/**
 * What the hall's main board shows. Retained; {@code seq} only grows, so a board ignores a
 * state older than the one it shows.
 *
 * @param hallId        hall
 * @param hallName      hall name in Chinese
 * @param seq           hall state sequence at the time the state was read
 * @param at            when the state was read
 * @param recentCalls   newest first, each ticket once: a recall moves its ticket to the top
 * @param areas         every area's queue
 * @param tidalWindows  tidal windows open now
 * @param notice        scrolling notice set by a manager, empty when none
 */
public record BoardState(
        String hallId,
        String hallName,
        long seq,
        Instant at,
        List<RecentCall> recentCalls,
        List<AreaQueue> areas,
        List<TidalWindowState> tidalWindows,
        String notice) {

    public BoardState {
        recentCalls = recentCalls == null ? List.of() : List.copyOf(recentCalls);
        areas = areas == null ? List.of() : List.copyOf(areas);
        tidalWindows = tidalWindows == null ? List.of() : List.copyOf(tidalWindows);
        notice = notice == null ? "" : notice;
    }
}
