package org.onewindow.kiosk.queue.view;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.onewindow.kiosk.queue.KioskFlow;
import org.onewindow.kiosk.queue.Screen;
import org.onewindow.kiosk.server.AreaQueues;
import org.onewindow.kiosk.ui.Columns;
import org.onewindow.kiosk.ui.Texts;
import org.onewindow.kiosk.ui.Ui;
import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.NoWindowOpen;
import org.onewindow.protocol.rest.HallView;

/** The area tiles, each with its live waiting count and estimate. */
final class HomeView {

    /** Two tiles a row on a portrait screen, four on a landscape one; in elderly mode's larger type, three. */
    private static final double TILE_WIDTH = 420;
    private static final double ELDERLY_TILE_WIDTH = 460;

    private HomeView() {
    }

    static Node of(Screen.Home s, Texts t, KioskFlow flow, AreaQueues queues, boolean elderly) {
        VBox box = new VBox(16);
        box.getStyleClass().add("screen");
        String title = s.identifiedAs().isEmpty() ? t.get("home.title") : t.get("home.identified", s.identifiedAs());
        box.getChildren().add(Ui.label(title, "title"));
        if (s.paused()) {
            Label paused = Ui.label(t.get("home.paused"), "banner-alert");
            paused.setId("paused-banner");
            box.getChildren().add(paused);
        }
        Columns grid = new Columns(elderly ? ELDERLY_TILE_WIDTH : TILE_WIDTH, 4, 20);
        for (HallView.Area area : flow.hall().areas()) {
            Button tile = tile(area, t, queues);
            tile.setDisable(s.paused());
            tile.setOnAction(e -> flow.chooseArea(area.id()));
            grid.getChildren().add(tile);
        }
        // Fourteen areas in large type do not always fit: the tiles scroll, the rest stays put.
        ScrollPane tiles = new ScrollPane(grid);
        tiles.setFitToWidth(true);
        tiles.getStyleClass().add("list");
        VBox.setVgrow(tiles, Priority.ALWAYS);
        box.getChildren().add(tiles);
        Label hint = Ui.label(t.get(s.readerWorking() ? "home.swipe-hint" : "home.swipe-hint.no-reader"), "hint");
        hint.setId("swipe-hint");
        box.getChildren().add(hint);
        return box;
    }

    /** The area's letter beside its name, which wraps rather than being cut short, and its queue below. */
    private static Button tile(HallView.Area area, Texts t, AreaQueues queues) {
        Label prefix = Ui.label(area.prefix(), "tile-prefix");
        prefix.setMinWidth(Region.USE_PREF_SIZE);
        prefix.setAlignment(Pos.CENTER);
        Label queue = Ui.label(queues.of(area.id()).map(q -> waiting(q, t)).orElse(t.get("home.no-data")), "tile-queue");
        queue.setId("queue-" + area.id());
        VBox words = new VBox(4);
        words.getChildren().addAll(name(t.english() ? area.nameEn() : area.name()));
        words.getChildren().add(queue);
        words.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox content = new HBox(16, prefix, words);
        content.setAlignment(Pos.CENTER_LEFT);
        Button tile = new Button();
        tile.setId("area-" + area.id());
        tile.setGraphic(content);
        tile.setWrapText(true);
        tile.getStyleClass().add("tile");
        return tile;
    }

    /**
     * The name, and what it says in brackets on a smaller line of its own: "市场监管" over "（企业开办）"
     * reads better than a line broken wherever the tile's width ends.
     */
    static List<Label> name(String name) {
        int open = Math.max(name.indexOf('（'), name.indexOf(" ("));
        if (open <= 0 || !(name.endsWith("）") || name.endsWith(")"))) {
            return List.of(Ui.label(name, "tile-name"));
        }
        return List.of(Ui.label(name.substring(0, open).strip(), "tile-name"),
                Ui.label(name.substring(open).strip(), "tile-qualifier"));
    }

    static String waiting(AreaQueue q, Texts t) {
        String wait = q.noWindowOpen() ? NoWindowOpen.words(t.english())
                : t.get("home.wait", (q.estimatedWaitSeconds() + 59) / 60);
        return t.get("home.waiting", q.waiting()) + " · " + wait;
    }
}
