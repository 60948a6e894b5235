package org.onewindow.display.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.scene.control.Label;

import org.onewindow.display.feed.DisplayState;

/**
 * A small mark in a corner while the screen cannot be sure it is current: the broker is
 * unreachable or the queue server is gone. The last known state stays on screen underneath, with
 * the time it is from, because a board going blank helps nobody in the hall.
 */
public final class OfflineMark extends Label {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final DisplayTexts texts;
    private final ZoneId zone;

    public OfflineMark(DisplayTexts texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
        setId("offline-mark");
        getStyleClass().add("offline-mark");
        setVisible(false);
    }

    public void show(DisplayState state) {
        setVisible(state.offline());
        if (!state.offline()) {
            return;
        }
        if (state.updatedAt() == null) {
            setText(texts.get("offline.never"));
        } else {
            String since = TIME.format(state.updatedAt().atZone(zone));
            setText(texts.get(state.connected() ? "offline.server" : "offline.mark", since));
        }
    }
}
