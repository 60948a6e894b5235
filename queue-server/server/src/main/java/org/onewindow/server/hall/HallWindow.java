package org.onewindow.server.hall;

import java.util.List;

/**
 * A window of the hall.
 *
 * @param no      window number as shown above it, e.g. "5"
 * @param kind    what kind of window
 * @param label   what the window is for, e.g. 司法专业窗口; optional
 * @param areas   areas it serves; empty for a tidal window, whose areas are set when it is opened
 */
public record HallWindow(String no, WindowKind kind, String label, List<String> areas) {

    public HallWindow {
        areas = areas == null ? List.of() : List.copyOf(areas);
        label = label == null ? "" : label;
    }

    public boolean isTidal() {
        return kind == WindowKind.TIDAL;
    }
}
