package org.onewindow.display.board;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.TidalWindowState;

/** The tidal windows open now and the areas each serves; hidden when none is open. */
final class TidalList extends FlowPane {

    private final DisplayTexts texts;

    TidalList(DisplayTexts texts) {
        this.texts = texts;
        setId("tidal");
        getStyleClass().add("tidal");
    }

    void show(List<TidalWindowState> windows, List<AreaQueue> queues) {
        getChildren().clear();
        if (windows.isEmpty()) {
            setVisible(false);
            setManaged(false);
            return;
        }
        setVisible(true);
        setManaged(true);
        // The board's own names for the areas, in its language; the window's list is the fallback.
        Map<String, String> names = new HashMap<>();
        queues.forEach(q -> names.put(q.areaId(), AreaTiles.areaName(texts, q)));
        getChildren().add(BoardView.title(texts.get("board.tidal")));
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
            getChildren().add(line);
        }
    }
}
