package org.onewindow.protocol.rest;

import java.util.List;

/**
 * Opens a tidal window for one or more areas.
 *
 * @param areaIds  areas to serve while open
 * @param reason   why, for the audit log
 */
public record TidalOpenRequest(List<String> areaIds, String reason) {
}
