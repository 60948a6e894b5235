package org.onewindow.display.board;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.protocol.message.RecentCall;

/**
 * The latest calls, newest first, each "ticket → window"; the newest is highlighted for a few
 * seconds after it was called, and a recall is marked.
 */
final class CallList extends VBox {

    private final DisplayConfig config;
    private final DisplayTexts texts;
    private final Clock clock;
    private String newestCallId;
    private Instant highlightUntil = Instant.MIN;

    CallList(DisplayConfig config, DisplayTexts texts, Clock clock) {
        this.config = config;
        this.texts = texts;
        this.clock = clock;
        setId("calls");
        getStyleClass().add("calls");
    }

    void show(List<RecentCall> recent) {
        if (recent.isEmpty()) {
            newestCallId = null;
            showNote(texts.get("board.no-calls"));
            return;
        }
        RecentCall newest = recent.get(0);
        if (!newest.callId().equals(newestCallId)) {
            newestCallId = newest.callId();
            Instant calledAt = newest.calledAt() == null ? clock.instant() : newest.calledAt();
            Instant until = calledAt.plus(config.highlight());
            // A call already old when it first appears (a board started late) is not highlighted.
            highlightUntil = until.isAfter(clock.instant()) ? until : Instant.MIN;
        }
        getChildren().clear();
        for (int i = 0; i < Math.min(config.callRows(), recent.size()); i++) {
            getChildren().add(callRow(recent.get(i), i == 0 && clock.instant().isBefore(highlightUntil), i));
        }
    }

    /** A line in place of the calls: none yet, or no state at all yet. */
    void showNote(String text) {
        Label note = new Label(text);
        note.getStyleClass().add("board-note");
        getChildren().setAll(note);
    }

    /** Every second: the end of the newest call's highlight. */
    void tick() {
        if (!getChildren().isEmpty() && !clock.instant().isBefore(highlightUntil)) {
            getChildren().get(0).getStyleClass().remove("fresh");
        }
    }

    private HBox callRow(RecentCall call, boolean fresh, int index) {
        Label ticket = new Label(call.ticketNumber());
        ticket.getStyleClass().add("call-ticket");
        Label arrow = new Label("→");
        arrow.getStyleClass().add("call-arrow");
        Label window = new Label(texts.windowName(call.windowNo()));
        window.getStyleClass().add("call-window");
        window.setMinWidth(Region.USE_PREF_SIZE);
        ticket.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(ticket, arrow, window);
        row.setId("call-" + index);
        row.getStyleClass().add("call");
        if (call.recall()) {
            row.getStyleClass().add("recall");
        }
        if (fresh) {
            row.getStyleClass().add("fresh");
        }
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
