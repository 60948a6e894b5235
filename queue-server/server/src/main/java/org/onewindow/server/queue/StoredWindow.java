package org.onewindow.server.queue;

import java.util.Arrays;
import java.util.List;

/**
 * A window's live state as the scripts keep it (JSON in the windows hash). A window nobody has
 * signed in to yet has no entry and reads as {@link #closed(String)}.
 *
 * @param tidalAreas  comma-separated areas while open as a tidal window, empty otherwise
 * @param silent      the clerk's silent-calls switch (无声叫号) of the window
 */
public record StoredWindow(
        String no,
        String status,
        String clerk,
        String current,
        String tidalAreas,
        long tidalOpenedAt,
        String tidalOpenedBy,
        String servedDay,
        int served,
        long signedInAt,
        boolean silent) {

    public static final String CLOSED = "CLOSED";
    public static final String OPEN = "OPEN";
    public static final String PAUSED = "PAUSED";

    public StoredWindow {
        status = status == null ? CLOSED : status;
        clerk = clerk == null ? "" : clerk;
        current = current == null ? "" : current;
        tidalAreas = tidalAreas == null ? "" : tidalAreas;
        tidalOpenedBy = tidalOpenedBy == null ? "" : tidalOpenedBy;
        servedDay = servedDay == null ? "" : servedDay;
    }

    public static StoredWindow closed(String no) {
        return new StoredWindow(no, CLOSED, "", "", "", 0, "", "", 0, 0, false);
    }

    public List<String> tidalAreaList() {
        return tidalAreas.isEmpty() ? List.of() : Arrays.asList(tidalAreas.split(","));
    }

    public boolean isTidalOpen() {
        return !tidalAreas.isEmpty();
    }

    /** Tickets finished today; the count of an earlier day does not carry over. */
    public int servedOn(String day) {
        return day.equals(servedDay) ? served : 0;
    }
}
