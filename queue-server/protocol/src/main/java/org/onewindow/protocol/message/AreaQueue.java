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
 * @param estimatedWaitSeconds  predicted wait of a ticket taken now
 * @param oldestWaitSeconds     how long the oldest waiting ticket has waited
 * @param seq                   hall state sequence
 * @param at                    when read
 */
public record AreaQueue(
        String hallId,
        String areaId,
        String name,
        String nameEn,
        String prefix,
        int waiting,
        int openWindows,
        long estimatedWaitSeconds,
        long oldestWaitSeconds,
        long seq,
        Instant at) {
}
