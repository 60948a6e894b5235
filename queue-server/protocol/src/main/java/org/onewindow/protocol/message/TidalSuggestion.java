package org.onewindow.protocol.message;

import java.time.Instant;

/**
 * The server's advice to open or close a tidal window for an area.
 *
 * @param areaId    area concerned
 * @param action    OPEN or CLOSE
 * @param windowNo  the tidal window to use (to open: a free one; to close: the open one), empty when none is free
 * @param reason    plain Chinese reason with the figures, e.g. "等候 42 人，预计等候 38 分钟"
 * @param at        when the rule fired
 */
public record TidalSuggestion(
        String areaId,
        String action,
        String windowNo,
        String reason,
        Instant at) {
}
