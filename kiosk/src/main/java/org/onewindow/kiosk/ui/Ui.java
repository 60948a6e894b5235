package org.onewindow.kiosk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** Small builders shared by the screens. */
final class Ui {

    private Ui() {
    }

    static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    static Button button(String id, String text, Runnable action, String... styleClasses) {
        Button b = new Button(text);
        b.setId(id);
        b.setWrapText(true);
        b.getStyleClass().addAll(styleClasses);
        b.setOnAction(e -> action.run());
        return b;
    }
}
