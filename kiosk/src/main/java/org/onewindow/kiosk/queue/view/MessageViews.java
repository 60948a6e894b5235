package org.onewindow.kiosk.queue.view;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

import org.onewindow.kiosk.queue.KioskFlow;
import org.onewindow.kiosk.queue.Screen;
import org.onewindow.kiosk.ui.Texts;
import org.onewindow.kiosk.ui.Ui;

/** Plain-words screens: a notice, the pause, and "please wait". */
final class MessageViews {

    private MessageViews() {
    }

    static Node notice(Screen.Notice s, Texts t, KioskFlow flow) {
        VBox box = new VBox(28);
        box.getStyleClass().addAll("screen", "message");
        Label text = Ui.label(t.get(s.messageKey(), s.detail()), "notice");
        text.setId("notice-text");
        box.getChildren().add(text);
        if (s.offerNoId()) {
            box.getChildren().add(Ui.button("notice-no-id", t.get("identify.no-id"), flow::withoutIdCard, "primary"));
        }
        return box;
    }

    static Node paused(Screen.Paused s, Texts t) {
        VBox box = new VBox(28);
        box.getStyleClass().addAll("screen", "message");
        Label text = Ui.label(t.get("paused.title"), "notice", "alert");
        text.setId("paused-text");
        box.getChildren().add(text);
        if (s.retrying()) {
            box.getChildren().addAll(new ProgressIndicator(), Ui.label(t.get("paused.retrying"), "hint"));
        }
        return box;
    }

    static Node working(Screen.Working s, Texts t) {
        VBox box = new VBox(28);
        box.getStyleClass().addAll("screen", "message");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(160, 160);
        box.getChildren().addAll(spinner, Ui.label(t.get(s.messageKey()), "notice"));
        return box;
    }
}
