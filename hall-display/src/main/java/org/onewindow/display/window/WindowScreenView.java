package org.onewindow.display.window;

import java.time.Clock;
import java.time.Instant;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.feed.DisplayState;
import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.display.ui.OfflineMark;
import org.onewindow.protocol.identity.NameMask;
import org.onewindow.protocol.message.WindowScreen;

/**
 * The small screen above one window: its number, what it serves (and whether it is a tidal window
 * now), and the ticket being served with the citizen's masked name; "暂停服务" when the clerk has
 * paused or nobody is signed in. A newly called ticket is highlighted for a few seconds.
 */
public final class WindowScreenView extends BorderPane {

    private final DisplayConfig config;
    private final DisplayTexts texts;
    private final Clock clock;
    private final Label number = new Label();
    private final Label suffix = new Label();
    private final Label label = new Label();
    private final Label areas = new Label();
    private final Label tidal = new Label();
    private final Label caption = new Label();
    private final Label ticket = new Label();
    private final Label name = new Label();
    private final Label status = new Label();
    private final Label detail = new Label();
    private final VBox serving;
    private final VBox stopped;
    private final OfflineMark offline;
    private String shownTicket = "";
    private Instant highlightUntil = Instant.MIN;

    public WindowScreenView(DisplayConfig config, DisplayTexts texts, Clock clock) {
        this.config = config;
        this.texts = texts;
        this.clock = clock;
        this.offline = new OfflineMark(texts, config.timeZone());
        getStyleClass().addAll("display", "window-screen");
        number.setId("window-no");
        number.getStyleClass().add("window-no");
        number.setText(config.windowNo());
        suffix.getStyleClass().add("window-suffix");
        suffix.setText(texts.get("window.suffix"));
        label.setId("window-label");
        label.getStyleClass().add("window-label");
        areas.setId("window-areas");
        areas.getStyleClass().add("window-areas");
        areas.setWrapText(true);
        tidal.setId("window-tidal");
        tidal.getStyleClass().add("window-tidal");
        tidal.setText(texts.get("window.tidal"));
        HBox numberLine = texts.english() ? new HBox(suffix, number) : new HBox(number, suffix);
        numberLine.setAlignment(Pos.BASELINE_LEFT);
        VBox identity = new VBox(numberLine, label, areas, tidal);
        identity.getStyleClass().add("window-identity");
        identity.prefWidthProperty().bind(widthProperty().multiply(0.42));
        identity.setMinWidth(0);

        caption.getStyleClass().add("serving-caption");
        ticket.setId("serving-ticket");
        ticket.getStyleClass().add("serving-ticket");
        name.setId("serving-name");
        name.getStyleClass().add("serving-name");
        serving = new VBox(caption, ticket, name);
        serving.setAlignment(Pos.CENTER);
        status.setId("window-status");
        status.getStyleClass().add("window-status");
        detail.getStyleClass().add("window-status-detail");
        stopped = new VBox(status, detail);
        stopped.setAlignment(Pos.CENTER);
        StackPane right = new StackPane(serving, stopped);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(identity, right);
        body.getStyleClass().add("window-body");
        setCenter(body);
        StackPane corner = new StackPane(offline);
        corner.setAlignment(Pos.TOP_RIGHT);
        setTop(corner);
        show(DisplayState.empty());
    }

    public void show(DisplayState state) {
        offline.show(state);
        WindowScreen w = state.window(config.windowNo()).orElse(null);
        if (w == null) {
            showStopped(texts.get("window.connecting"), "");
            return;
        }
        // A tidal window's own label ("潮汐窗口") would repeat the badge; its areas say what it does now.
        label.setText(w.tidal() ? "" : w.label());
        label.setVisible(!w.tidal() && !w.label().isEmpty());
        label.setManaged(label.isVisible());
        areas.setText(String.join(texts.english() ? ", " : "、", w.areaNames()));
        tidal.setVisible(w.tidal());
        pseudoClassTidal(w.tidal());
        if ("PAUSED".equals(w.status())) {
            showStopped(texts.get("window.paused"), "");
        } else if (!"OPEN".equals(w.status())) {
            showStopped(texts.get("window.closed"), texts.get("window.closed-detail"));
        } else {
            showServing(w);
        }
    }

    /** Every second: the end of a new ticket's highlight. */
    public void tick() {
        if (!clock.instant().isBefore(highlightUntil)) {
            serving.getStyleClass().remove("fresh");
        }
    }

    private void showServing(WindowScreen w) {
        serving.setVisible(true);
        stopped.setVisible(false);
        if (w.servingTicket().isEmpty()) {
            caption.setText("");
            ticket.setText("");
            name.setText(texts.get("window.idle"));
            shownTicket = "";
            serving.getStyleClass().remove("fresh");
            return;
        }
        caption.setText(texts.get("window.serving"));
        ticket.setText(w.servingTicket());
        // Masking is the server's job; doing it again costs nothing and guards a mistake upstream.
        name.setText(NameMask.mask(w.servingName()));
        if (!w.servingTicket().equals(shownTicket)) {
            shownTicket = w.servingTicket();
            highlightUntil = clock.instant().plus(config.highlight());
            if (!serving.getStyleClass().contains("fresh")) {
                serving.getStyleClass().add("fresh");
            }
        }
    }

    private void showStopped(String statusText, String detailText) {
        serving.setVisible(false);
        stopped.setVisible(true);
        status.setText(statusText);
        detail.setText(detailText);
        shownTicket = "";
    }

    private void pseudoClassTidal(boolean on) {
        if (on && !getStyleClass().contains("tidal")) {
            getStyleClass().add("tidal");
        } else if (!on) {
            getStyleClass().remove("tidal");
        }
    }
}
