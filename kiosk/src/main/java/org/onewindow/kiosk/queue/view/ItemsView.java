package org.onewindow.kiosk.queue.view;

import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.onewindow.kiosk.queue.KioskFlow;
import org.onewindow.kiosk.queue.Screen;
import org.onewindow.kiosk.ui.Texts;
import org.onewindow.kiosk.ui.Ui;
import org.onewindow.protocol.rest.HallView;

/** The area's items, filtered as the citizen types; or no item at all. */
final class ItemsView {

    private ItemsView() {
    }

    static Node of(Screen.ChooseItem s, Texts t, KioskFlow flow) {
        VBox box = new VBox(18);
        box.getStyleClass().add("screen");
        box.getChildren().add(Ui.label(t.get("items.title", t.english() ? s.area().nameEn() : s.area().name()), "title"));
        TextField search = new TextField();
        search.setId("item-search");
        search.setPromptText(t.get("items.search"));
        search.getStyleClass().add("search");
        VBox list = new VBox(12);
        for (HallView.Item item : s.items()) {
            Button b = Ui.button("item-" + item.code(), item.name() + "  ·  " + item.department(),
                    () -> flow.chooseItem(s.area().id(), item.code()), "item");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setUserData(item.name().toLowerCase(Locale.ROOT) + " " + item.department() + " " + item.code().toLowerCase(Locale.ROOT));
            list.getChildren().add(b);
        }
        search.textProperty().addListener((obs, old, text) -> {
            flow.touched();
            String needle = text.strip().toLowerCase(Locale.ROOT);
            list.getChildren().forEach(n -> {
                boolean match = needle.isEmpty() || ((String) n.getUserData()).contains(needle);
                n.setVisible(match);
                n.setManaged(match);
            });
        });
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("list");
        Button none = Ui.button("no-item", t.get("items.none"), () -> flow.chooseItem(s.area().id(), null), "primary");
        none.setMaxWidth(Double.MAX_VALUE);
        box.getChildren().addAll(search, none, scroll);
        return box;
    }
}
