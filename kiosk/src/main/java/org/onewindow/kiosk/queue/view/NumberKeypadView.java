package org.onewindow.kiosk.queue.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.onewindow.kiosk.queue.KioskFlow;
import org.onewindow.kiosk.queue.NumberKeypad;
import org.onewindow.kiosk.queue.Screen;
import org.onewindow.kiosk.ui.Columns;
import org.onewindow.kiosk.ui.Texts;
import org.onewindow.kiosk.ui.Ui;

/**
 * The keypad for a mobile number (到号短信提醒): the number as typed, grouped 138 1234 5678, the
 * family toggle, big keys, 确定 and 返回; and the confirmation once the number is left. The keys
 * sit beside the number on a landscape screen, below it on a portrait one.
 */
final class NumberKeypadView {

    private static final double HALF_WIDTH = 760;

    private NumberKeypadView() {
    }

    static Node of(Screen.LeaveNumber s, Texts t, KioskFlow flow) {
        NumberKeypad keypad = flow.keypad();
        VBox entry = new VBox(22);
        entry.getChildren().add(Ui.label(t.get("number.title", s.issued().ticket().number()), "title"));
        entry.getChildren().add(Ui.label(t.get("number.hint"), "hint"));
        Label display = Ui.label(s.digits().isEmpty() ? t.get("number.placeholder") : NumberKeypad.grouped(s.digits()),
                "number-display");
        if (s.digits().isEmpty()) {
            display.getStyleClass().add("empty");
        }
        display.setId("number-display");
        display.setMaxWidth(Double.MAX_VALUE);
        entry.getChildren().add(display);
        if (!s.problemKey().isEmpty()) {
            Label problem = Ui.label(t.get(s.problemKey()), "banner-alert");
            problem.setId("number-problem");
            entry.getChildren().add(problem);
        }
        Button family = Ui.button("number-family", (s.family() ? "✓ " : "") + t.get("number.family"),
                keypad::toggleFamily, "chip");
        if (s.family()) {
            family.getStyleClass().add("chosen");
        }
        entry.getChildren().add(family);
        Button send = Ui.button("number-send", t.get(s.offerSkip() ? "number.retry" : "number.send"), keypad::send,
                "primary");
        Button back = Ui.button("number-back", t.get("number.back"), keypad::back, "secondary");
        send.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(send, Priority.ALWAYS);
        HBox actions = new HBox(20, send, back);
        if (s.offerSkip()) {
            actions.getChildren().add(Ui.button("number-skip", t.get("number.skip"), flow::home, "secondary"));
        }
        actions.setAlignment(Pos.CENTER_LEFT);
        // 确定 under the keys, where the finger already is.
        VBox pad = new VBox(24, keys(t, keypad), actions);
        Columns halves = new Columns(HALF_WIDTH, 2, 40, entry, pad);
        halves.getStyleClass().add("screen");
        return halves;
    }

    static Node left(Screen.NumberLeft s, Texts t) {
        VBox box = new VBox(28);
        box.getStyleClass().addAll("screen", "message");
        box.getChildren().add(Ui.label(t.get("number.left.title"), "banner-ok"));
        Label text = Ui.label(s.peopleAhead() > s.aheadAt() ? t.get("number.left", s.aheadAt(), s.maskedMobile())
                : t.get("number.left.already-near", s.aheadAt(), s.maskedMobile()), "notice");
        text.setId("number-left-text");
        box.getChildren().addAll(text, Ui.label(t.get("number.left.hint"), "hint"));
        return box;
    }

    private static Node keys(Texts t, NumberKeypad keypad) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        grid.getStyleClass().add("keypad");
        for (int c = 0; c < 3; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 3);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        for (int d = 1; d <= 9; d++) {
            grid.add(digit(d, keypad), (d - 1) % 3, (d - 1) / 3);
        }
        grid.add(key("key-clear", t.get("number.clear"), keypad::clear, "key-word"), 0, 3);
        grid.add(digit(0, keypad), 1, 3);
        grid.add(key("key-delete", t.get("number.delete"), keypad::delete, "key-word"), 2, 3);
        return grid;
    }

    private static Button digit(int d, NumberKeypad keypad) {
        char c = (char) ('0' + d);
        return key("key-" + d, String.valueOf(c), () -> keypad.digit(c));
    }

    private static Button key(String id, String text, Runnable action, String... more) {
        Button b = Ui.button(id, text, action, "key");
        b.getStyleClass().addAll(more);
        b.setWrapText(false);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }
}
