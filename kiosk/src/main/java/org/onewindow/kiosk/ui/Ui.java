package org.onewindow.kiosk.ui;

import java.util.Locale;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Small builders shared by the screens. */
public final class Ui {

    private Ui() {
    }

    /** A text that wraps and is never squeezed below its wrapped height (a list beside it scrolls instead). */
    public static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /** The elderly-mode toggle; {@code on} is the mode now, {@code toggle} switches it for the turn. */
    public static Button elderlyToggle(String id, boolean on, Texts t, Runnable toggle) {
        Button button = button(id, t.get(on ? "elderly.off" : "elderly.on"), toggle, "toggle");
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** The whole of {@code root} in elderly mode or not: its look follows the "elderly" style class. */
    public static void elderlyLook(Region root, boolean on) {
        if (on && !root.getStyleClass().contains("elderly")) {
            root.getStyleClass().add("elderly");
        } else if (!on) {
            root.getStyleClass().remove("elderly");
        }
    }

    /** Chinese to English and back; {@code switched} gets the words in the new language. */
    public static Button languageToggle(String id, Texts t, Consumer<Texts> switched) {
        Button toggle = button(id, t.get("language.switch"),
                () -> switched.accept(new Texts(t.english() ? Locale.CHINESE : Locale.ENGLISH)), "toggle");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        return toggle;
    }

    public static Button button(String id, String text, Runnable action, String... styleClasses) {
        Button b = new Button(text);
        b.setId(id);
        b.setWrapText(true);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.getStyleClass().addAll(styleClasses);
        b.setOnAction(e -> action.run());
        return b;
    }
}
