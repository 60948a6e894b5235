package org.onewindow.protocol.message;

import java.time.Instant;

/**
 * The queue of one area (theme). Retained per area and also part of the board state.
 *
 * @param hallId                hall
 * @param areaId                area
 * @param name                  Chinese name
 * @param nameEn                English name
 * @param prefix                ticket prefix letter
 * @param waiting               tickets waiting
 * @param openWindows           windows open and serving this area now, tidal ones included
 * @param estimatedWaitSeconds  predicted wait of a ticket taken now; null where no window is open
 * @param oldestWaitSeconds     how long the oldest waiting ticket has waited
 * @param seq                   hall state sequence
 * @param at                    when read
 * @param noWindowOpen          true when no window serves the area now: readers show
 *                              {@link NoWindowOpen}'s words instead of a wait
 */
public record AreaQueue(
        String hallId,
        String areaId,
        String name,
        String nameEn,
        String prefix,
        int waiting,
        int openWindows,
        Long estimatedWaitSeconds,
        long oldestWaitSeconds,
        long seq,
        Instant at,
        boolean noWindowOpen) {

    /**
     * No open window, no estimate: the two always agree. A payload from a server that predates
     * {@code noWindowOpen} (it sent an estimate assuming one window) reads the same way from its
     * {@code openWindows} of 0.
     */
    public AreaQueue {
        if (noWindowOpen || openWindows <= 0 || estimatedWaitSeconds == null) {
            noWindowOpen = true;
            estimatedWaitSeconds = null;
        }
    }
}
