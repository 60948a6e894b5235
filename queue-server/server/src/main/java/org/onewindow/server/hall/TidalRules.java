package org.onewindow.server.hall;

/**
 * When the server suggests (or, in auto mode, performs) opening and closing tidal windows.
 * An area qualifies to open when any "open" threshold is reached and has stayed reached for
 * {@code sustainSeconds}; an opened window closes only after {@code minOpenMinutes} and when
 * every "close" threshold holds, so the rule does not flap.
 *
 * @param autoMode                     whether the server opens and closes designated tidal windows itself
 * @param evaluateEverySeconds         how often the rules run
 * @param openWhenWaitingAtLeast       waiting tickets in the area
 * @param openWhenOldestWaitMinutes    wait of the oldest ticket
 * @param openWhenPredictedWaitMinutes predicted wait of a ticket taken now
 * @param closeWhenWaitingAtMost       waiting tickets at or below which the surge is over
 * @param closeWhenPredictedWaitMinutes predicted wait at or below which the surge is over
 * @param minOpenMinutes               a tidal window stays open at least this long
 * @param sustainSeconds               a threshold must hold this long before a suggestion
 */
public record TidalRules(
        boolean autoMode,
        int evaluateEverySeconds,
        int openWhenWaitingAtLeast,
        int openWhenOldestWaitMinutes,
        int openWhenPredictedWaitMinutes,
        int closeWhenWaitingAtMost,
        int closeWhenPredictedWaitMinutes,
        int minOpenMinutes,
        int sustainSeconds) {
}
