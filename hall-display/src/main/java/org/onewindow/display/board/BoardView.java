package org.onewindow.display.board;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.feed.DisplayState;
import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.display.ui.OfflineMark;
import org.onewindow.protocol.message.BoardState;

/**
 * The hall's main board: the latest calls (the newest highlighted for a few seconds), every
 * area's queue and predicted wait, the open tidal windows, the hall's name and clock, and the
 * manager's scrolling notice. Rendered whole from each {@link DisplayState}; only ticket numbers
 * are shown, never a name.
 */
public final class BoardView extends BorderPane {

    private static final DateTimeFormatter CLOCK_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE HH:mm", Locale.CHINA);
    private static final DateTimeFormatter CLOCK_EN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.UK);

    private final DisplayConfig config;
    private final DisplayTexts texts;
    private final Clock clock;
    private final Label hallName = new Label();
    private final Label clockText = new Label();
    private final OfflineMark offline;
    private final CallList calls;
    private final AreaTiles areas;
    private final TidalList tidal;
    private final NoticeTicker notice = new NoticeTicker();

    public BoardView(DisplayConfig config, DisplayTexts texts, Clock clock) {
        this.config = config;
        this.texts = texts;
        this.clock = clock;
        this.offline = new OfflineMark(texts, config.timeZone());
        this.calls = new CallList(config, texts, clock);
        this.areas = new AreaTiles(config, texts);
        this.tidal = new TidalList(texts);
        getStyleClass().addAll("display", "board");
        setTop(header());
        setCenter(body());
        setBottom(footer());
        tick();
    }

    private HBox header() {
        hallName.setId("hall-name");
        hallName.getStyleClass().add("hall-name");
        clockText.setId("clock");
        clockText.getStyleClass().add("clock");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(hallName, gap, offline, clockText);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private HBox body() {
        VBox callPanel = new VBox(title(texts.get("board.calls")), calls);
        callPanel.getStyleClass().add("panel");
        VBox.setVgrow(areas, Priority.ALWAYS);
        VBox areaPanel = new VBox(title(texts.get("board.areas")), areas);
        areaPanel.getStyleClass().add("panel");
        HBox.setHgrow(areaPanel, Priority.ALWAYS);
        callPanel.prefWidthProperty().bind(widthProperty().multiply(0.42));
        callPanel.setMinWidth(0);
        HBox body = new HBox(callPanel, areaPanel);
        body.getStyleClass().add("body");
        // More rows than fit (a small screen, a large scale) are cut off at the bottom; the
        // notice and tidal windows below are never pushed off the screen.
        for (Region r : List.of(calls, callPanel, areas, areaPanel, body)) {
            r.setMinHeight(0);
        }
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(callPanel.widthProperty());
        clip.heightProperty().bind(callPanel.heightProperty());
        callPanel.setClip(clip);
        return body;
    }

    private VBox footer() {
        VBox footer = new VBox(tidal, notice);
        footer.getStyleClass().add("footer");
        return footer;
    }

    /** A panel's heading. */
    static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("panel-title");
        return title;
    }

    /** Shows a new state. */
    public void show(DisplayState state) {
        offline.show(state);
        BoardState board = state.board();
        if (board == null) {
            hallName.setText("");
            calls.showNote(texts.get("board.connecting"));
            return;
        }
        hallName.setText(board.hallName());
        calls.show(board.recentCalls());
        areas.show(board.areas());
        tidal.show(board.tidalWindows(), board.areas());
        notice.show(board.notice());
    }

    /** Every second: the clock, and the end of the newest call's highlight. */
    public void tick() {
        DateTimeFormatter f = texts.english() ? CLOCK_EN : CLOCK_ZH;
        clockText.setText(f.format(clock.instant().atZone(config.timeZone())));
        calls.tick();
    }
}
