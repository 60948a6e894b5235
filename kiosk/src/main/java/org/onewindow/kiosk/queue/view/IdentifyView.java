package org.onewindow.kiosk.queue.view;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.onewindow.kiosk.queue.KioskFlow;
import org.onewindow.kiosk.queue.Screen;
import org.onewindow.kiosk.ui.Texts;
import org.onewindow.kiosk.ui.Ui;

/** Swipe, scan or go on without ID; the green channel can be asked for. */
final class IdentifyView {

    private static final List<String> GREEN_REASONS = List.of("DISABILITY", "PREGNANCY", "MILITARY", "OTHER");

    private IdentifyView() {
    }

    static Node of(Screen.Identify s, Texts t, KioskFlow flow) {
        VBox box = new VBox(24);
        box.getStyleClass().add("screen");
        String area = t.english() ? s.area().nameEn() : s.area().name();
        String item = s.item() == null ? "" : " · " + s.item().name();
        box.getChildren().add(Ui.label(area + item, "subtitle"));
        Label title = Ui.label(t.get(s.readerWorking() ? "identify.title" : "identify.title.no-reader"), "title", "pulse");
        title.setId("identify-title");
        Label hint = Ui.label(t.get(s.readerWorking() ? "identify.hint" : "identify.hint.no-reader"), "hint");
        hint.setId("identify-hint");
        box.getChildren().addAll(title, hint);
        Button noId = Ui.button("no-id", t.get("identify.no-id"), flow::withoutIdCard, "primary");
        noId.setMaxWidth(Double.MAX_VALUE);
        box.getChildren().add(noId);
        box.getChildren().add(Ui.label(s.greenReason().isEmpty() ? t.get("identify.green")
                : t.get("identify.green.chosen", t.get("green." + s.greenReason())), "green-title"));
        FlowPane reasons = new FlowPane(16, 16);
        for (String reason : GREEN_REASONS) {
            Button b = Ui.button("green-" + reason, t.get("green." + reason), () -> flow.chooseGreenChannel(reason), "chip");
            if (reason.equals(s.greenReason())) {
                b.getStyleClass().add("chosen");
            }
            reasons.getChildren().add(b);
        }
        box.getChildren().add(reasons);
        if (!s.greenReason().isEmpty() && flow.hall().greenChannelStaffConfirmation()) {
            box.getChildren().add(Ui.label(t.get("identify.green.confirm"), "hint"));
        }
        return box;
    }
}
