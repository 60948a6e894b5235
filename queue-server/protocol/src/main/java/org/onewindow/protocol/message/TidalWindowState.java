package org.onewindow.protocol.message;

import java.time.Instant;
import java.util.List;

/**
 * An open tidal window: "潮汐窗口 8号 → 不动产登记".
 *
 * @param windowNo   window number
 * @param areaIds    areas it serves while open
 * @param areaNames  their Chinese names
 * @param openedAt   when it was opened
 * @param openedBy   user name, or {@code rule:<area>} when opened by the server in auto mode
 */
public record TidalWindowState(
        String windowNo,
        List<String> areaIds,
        List<String> areaNames,
        Instant openedAt,
        String openedBy) {

    public TidalWindowState {
        areaIds = areaIds == null ? List.of() : List.copyOf(areaIds);
        areaNames = areaNames == null ? List.of() : List.copyOf(areaNames);
    }
}
