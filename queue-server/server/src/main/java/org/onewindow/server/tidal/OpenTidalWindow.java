package org.onewindow.server.tidal;

import java.time.Instant;
import java.util.List;

/** A tidal window open now: its number, areas and since when. */
record OpenTidalWindow(String windowNo, List<String> areaIds, Instant openedAt) {
}
