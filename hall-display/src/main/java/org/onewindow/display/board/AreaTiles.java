package org.onewindow.display.board;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.NoWindowOpen;

/**
 * One tile per area the board lists: its name, how many wait and the predicted wait, or that no
 * window serves it now. Tiles share the panel's height, so a hall with few areas gets larger figures.
 */
final class AreaTiles extends GridPane {

    private final DisplayConfig config;
    private final DisplayTexts texts;

    AreaTiles(DisplayConfig config, DisplayTexts texts) {
        this.config = config;
        this.texts = texts;
        setId("areas");
        getStyleClass().add("areas");
        for (int c = 0; c < config.areaColumns(); c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / config.areaColumns());
            getColumnConstraints().add(column);
        }
    }

    void show(List<AreaQueue> queues) {
        getChildren().clear();
        int i = 0;
        for (AreaQueue q : queues) {
            if (!config.showsArea(q.areaId())) {
                continue;
            }
            add(areaTile(q), i % config.areaColumns(), i / config.areaColumns());
            i++;
        }
        int rows = (i + config.areaColumns() - 1) / config.areaColumns();
        if (getRowConstraints().size() != rows) {
            getRowConstraints().clear();
            for (int r = 0; r < rows; r++) {
                RowConstraints row = new RowConstraints();
                row.setPercentHeight(100.0 / Math.max(rows, 5));
                row.setFillHeight(true);
                getRowConstraints().add(row);
            }
        }
    }

    /** An area's name in the board's language; an area with no English name keeps its Chinese one. */
    static String areaName(DisplayTexts texts, AreaQueue q) {
        return texts.english() && q.nameEn() != null && !q.nameEn().isBlank() ? q.nameEn() : q.name();
    }

    private VBox areaTile(AreaQueue q) {
        Label name = new Label(areaName(texts, q));
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
}
