package org.onewindow.display.window;

import java.time.Clock;

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
import org.onewindow.protocol.message.WindowScreen;

/**
 * The small screen above one window: its number, what it serves (and whether it is a tidal window
 * now), and the ticket being served with the citizen's masked name; "暂停服务" when the clerk has
 * paused or nobody is signed in. A newly called ticket is highlighted for a few seconds.
 */
public final class WindowScreenView extends BorderPane {

    private final DisplayConfig config;
    private final DisplayTexts texts;
    private final Label number = new Label();
    private final Label suffix = new Label();
    private final Label label = new Label();
    private final Label areas = new Label();
    private final Label tidal = new Label();
    private final ServingPanel serving;
    private final OfflineMark offline;

    public WindowScreenView(DisplayConfig config, DisplayTexts texts, Clock clock) {
        this.config = config;
        this.texts = texts;
        this.offline = new OfflineMark(texts, config.timeZone());
        this.serving = new ServingPanel(config, texts, clock);
        getStyleClass().addAll("display", "window-screen");
        HBox.setHgrow(serving, Priority.ALWAYS);
        HBox body = new HBox(identity(), serving);
        body.getStyleClass().add("window-body");
        setCenter(body);
        StackPane corner = new StackPane(offline);
        corner.setAlignment(Pos.TOP_RIGHT);
        setTop(corner);
        show(DisplayState.empty());
    }

    /** The window's number, label and areas, and the tidal badge. */
    private VBox identity() {
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
        return identity;
    }

    public void show(DisplayState state) {
        offline.show(state);
        WindowScreen w = state.window(config.windowNo()).orElse(null);
        if (w == null) {
            serving.showStopped(texts.get("window.connecting"), "");
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
            serving.showStopped(texts.get("window.paused"), "");
        } else if (!"OPEN".equals(w.status())) {
            serving.showStopped(texts.get("window.closed"), texts.get("window.closed-detail"));
        } else {
            serving.showServing(w);
        }
    }

    /** Every second: the end of a new ticket's highlight. */
    public void tick() {
        serving.tick();
    }

    private void pseudoClassTidal(boolean on) {
        if (on && !getStyleClass().contains("tidal")) {
            getStyleClass().add("tidal");
        } else if (!on) {
            getStyleClass().remove("tidal");
        }
    }
}
