package org.onewindow.kiosk.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.onewindow.kiosk.flow.KioskFlow;
import org.onewindow.kiosk.flow.Screen;
import org.onewindow.kiosk.server.AreaQueues;
import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.NoWindowOpen;
import org.onewindow.protocol.rest.HallView;

/** The area tiles, each with its live waiting count and estimate. */
final class HomeView {

    private HomeView() {
    }

    static Node of(Screen.Home s, Texts t, KioskFlow flow, AreaQueues queues, boolean landscape) {
        VBox box = new VBox(24);
        box.getStyleClass().add("screen");
        String title = s.identifiedAs().isEmpty() ? t.get("home.title") : t.get("home.identified", s.identifiedAs());
        box.getChildren().add(Ui.label(title, "title"));
        if (s.paused()) {
            Label paused = Ui.label(t.get("home.paused"), "banner-alert");
            paused.setId("paused-banner");
            box.getChildren().add(paused);
        }
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(20);
        int columns = landscape ? 4 : 2;
        int i = 0;
        for (HallView.Area area : flow.hall().areas()) {
            Button tile = tile(area, t, queues);
            tile.setDisable(s.paused());
            tile.setOnAction(e -> flow.chooseArea(area.id()));
            tile.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(tile, Priority.ALWAYS);
            grid.add(tile, i % columns, i / columns);
            i++;
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

    private static Button tile(HallView.Area area, Texts t, AreaQueues queues) {
        Label name = Ui.label(t.english() ? area.nameEn() : area.name(), "tile-name");
        Label prefix = Ui.label(area.prefix(), "tile-prefix");
        Label queue = Ui.label(queues.of(area.id()).map(q -> waiting(q, t)).orElse(t.get("home.no-data")), "tile-queue");
        queue.setId("queue-" + area.id());
        name.setMaxWidth(380);
        VBox content = new VBox(6, prefix, name, queue);
        content.setAlignment(Pos.CENTER_LEFT);
        Button tile = new Button();
        tile.setId("area-" + area.id());
        tile.setGraphic(content);
        tile.getStyleClass().add("tile");
        return tile;
    }

    static String waiting(AreaQueue q, Texts t) {
        String wait = q.noWindowOpen() ? NoWindowOpen.words(t.english())
                : t.get("home.wait", (q.estimatedWaitSeconds() + 59) / 60);
        return t.get("home.waiting", q.waiting()) + " · " + wait;
    }
}
