package org.onewindow.display.board;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.feed.DisplayState;
import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.display.ui.OfflineMark;
import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.NoWindowOpen;
import org.onewindow.protocol.message.RecentCall;
import org.onewindow.protocol.message.TidalWindowState;

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
    private final VBox calls = new VBox();
    private final GridPane areas = new GridPane();
    private final FlowPane tidal = new FlowPane();
    private final NoticeTicker notice = new NoticeTicker();
    private String newestCallId;
    private Instant highlightUntil = Instant.MIN;

    public BoardView(DisplayConfig config, DisplayTexts texts, Clock clock) {
        this.config = config;
        this.texts = texts;
        this.clock = clock;
        this.offline = new OfflineMark(texts, config.timeZone());
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
        calls.setId("calls");
        calls.getStyleClass().add("calls");
        Label callsTitle = title(texts.get("board.calls"));
        VBox callPanel = new VBox(callsTitle, calls);
        callPanel.getStyleClass().add("panel");
        areas.setId("areas");
        areas.getStyleClass().add("areas");
        for (int c = 0; c < config.areaColumns(); c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / config.areaColumns());
            areas.getColumnConstraints().add(column);
        }
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
        tidal.setId("tidal");
        tidal.getStyleClass().add("tidal");
        VBox footer = new VBox(tidal, notice);
        footer.getStyleClass().add("footer");
        return footer;
    }

    private static Label title(String text) {
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
            calls.getChildren().setAll(note(texts.get("board.connecting")));
            return;
        }
        hallName.setText(board.hallName());
        showCalls(board.recentCalls());
        showAreas(board.areas());
        showTidal(board.tidalWindows(), board.areas());
        notice.show(board.notice());
    }

    /** Every second: the clock, and the end of the newest call's highlight. */
    public void tick() {
        DateTimeFormatter f = texts.english() ? CLOCK_EN : CLOCK_ZH;
        clockText.setText(f.format(clock.instant().atZone(config.timeZone())));
        if (!calls.getChildren().isEmpty() && !clock.instant().isBefore(highlightUntil)) {
            calls.getChildren().get(0).getStyleClass().remove("fresh");
        }
    }

    private void showCalls(List<RecentCall> recent) {
        if (recent.isEmpty()) {
            newestCallId = null;
            calls.getChildren().setAll(note(texts.get("board.no-calls")));
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
        calls.getChildren().clear();
        for (int i = 0; i < Math.min(config.callRows(), recent.size()); i++) {
            calls.getChildren().add(callRow(recent.get(i), i == 0 && clock.instant().isBefore(highlightUntil), i));
        }
    }

    private HBox callRow(RecentCall call, boolean fresh, int index) {
        Label ticket = new Label(call.ticketNumber());
        ticket.getStyleClass().add("call-ticket");
        Label arrow = new Label("→");
        arrow.getStyleClass().add("call-arrow");
        Label window = new Label(texts.english() ? texts.get("window.suffix") + " " + call.windowNo()
                : call.windowNo() + texts.get("window.suffix"));
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

    private void showAreas(List<AreaQueue> queues) {
        areas.getChildren().clear();
        int i = 0;
        for (AreaQueue q : queues) {
            if (!config.showsArea(q.areaId())) {
                continue;
            }
            areas.add(areaTile(q), i % config.areaColumns(), i / config.areaColumns());
            i++;
        }
        // Tiles share the panel's height, so a hall with few areas gets larger figures.
        int rows = (i + config.areaColumns() - 1) / config.areaColumns();
        if (areas.getRowConstraints().size() != rows) {
            areas.getRowConstraints().clear();
            for (int r = 0; r < rows; r++) {
                RowConstraints row = new RowConstraints();
                row.setPercentHeight(100.0 / Math.max(rows, 5));
                row.setFillHeight(true);
                areas.getRowConstraints().add(row);
            }
        }
    }

    private VBox areaTile(AreaQueue q) {
        Label name = new Label(areaName(q));
        name.getStyleClass().add("area-name");
        Label waiting = new Label(texts.get("board.waiting", Integer.toString(q.waiting())));
        waiting.setId("waiting-" + q.areaId());
        waiting.getStyleClass().add("area-waiting");
        // No window first: "no wait" where nobody would ever be called would send people to queue.
        Label wait = new Label(q.noWindowOpen() ? NoWindowOpen.words(texts.english())
                : q.waiting() == 0 ? texts.get("board.none-waiting")
                : texts.get("board.wait", texts.waitTime(q.estimatedWaitSeconds())));
        wait.setId("wait-" + q.areaId());
        wait.getStyleClass().add("area-wait");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox figures = new HBox(waiting, gap, wait);
        figures.setAlignment(Pos.BASELINE_LEFT);
        VBox tile = new VBox(name, figures);
        tile.setAlignment(Pos.CENTER_LEFT);
        tile.setMaxHeight(Double.MAX_VALUE);
        tile.setId("area-" + q.areaId());
        tile.getStyleClass().add("area");
        if (q.waiting() > 0 && q.noWindowOpen()) {
            tile.getStyleClass().add("unserved");
        }
        return tile;
    }

    private String areaName(AreaQueue q) {
        return texts.english() && q.nameEn() != null && !q.nameEn().isBlank() ? q.nameEn() : q.name();
    }

    private void showTidal(List<TidalWindowState> windows, List<AreaQueue> queues) {
        tidal.getChildren().clear();
        if (windows.isEmpty()) {
            tidal.setVisible(false);
            tidal.setManaged(false);
            return;
        }
        tidal.setVisible(true);
        tidal.setManaged(true);
        Map<String, String> names = new HashMap<>();
        queues.forEach(q -> names.put(q.areaId(), areaName(q)));
        tidal.getChildren().add(title(texts.get("board.tidal")));
        for (TidalWindowState w : windows) {
            StringBuilder served = new StringBuilder();
            for (int i = 0; i < w.areaIds().size(); i++) {
                String id = w.areaIds().get(i);
                String fallback = i < w.areaNames().size() ? w.areaNames().get(i) : id;
                served.append(i == 0 ? "" : texts.english() ? ", " : "、").append(names.getOrDefault(id, fallback));
            }
            Label line = new Label(texts.get("board.tidal-line", w.windowNo(), served.toString()));
            line.setId("tidal-" + w.windowNo());
            line.getStyleClass().add("tidal-window");
            tidal.getChildren().add(line);
        }
    }

    private static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add("board-note");
        return note;
    }
}
