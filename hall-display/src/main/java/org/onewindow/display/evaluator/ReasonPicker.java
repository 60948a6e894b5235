package org.onewindow.display.evaluator;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.protocol.message.RatingLevel;

/**
 * Why a service was bad: the reasons as toggles, "back" to the levels and "send". It takes the
 * levels' place after a bad one, so the screen never scrolls. Each touch goes to the
 * {@link EvaluatorFlow}, then {@code touched} redraws.
 */
final class ReasonPicker extends VBox {

    private final EvaluatorFlow flow;
    private final Map<String, ToggleButton> reasons = new LinkedHashMap<>();

    ReasonPicker(DisplayTexts texts, EvaluatorFlow flow, Runnable touched) {
        this.flow = flow;
        FlowPane reasonButtons = new FlowPane();
        reasonButtons.getStyleClass().add("evaluator-reasons");
        for (String code : RatingLevel.REASONS) {
            if (code.equals("OTHER")) {
                continue; // words cannot be typed here; the phone page takes them
            }
            ToggleButton r = new ToggleButton(texts.get("reason." + code));
            r.setId("reason-" + code);
            r.getStyleClass().add("evaluator-reason");
            r.setOnAction(e -> {
                flow.pick(code, r.isSelected());
                touched.run();
            });
            reasons.put(code, r);
            reasonButtons.getChildren().add(r);
        }
        Button send = new Button(texts.get("evaluator.send"));
        send.setId("rate-submit");
        send.getStyleClass().add("evaluator-send");
        send.setOnAction(e -> {
            flow.send();
            touched.run();
        });
        Button back = new Button(texts.get("evaluator.back"));
        back.setId("rate-back");
        back.getStyleClass().add("evaluator-reason");
        back.setOnAction(e -> {
            flow.backToLevels();
            touched.run();
        });
        Label reasonAsk = new Label(texts.get("evaluator.reasons"));
        reasonAsk.getStyleClass().add("evaluator-ask");
        HBox buttons = new HBox(back, send);
        buttons.setSpacing(12);
        getChildren().addAll(reasonAsk, reasonButtons, buttons);
        getStyleClass().add("evaluator-reasons-box");
    }

    /** The toggles as the flow has them: all off again when it drops a half-made choice. */
    void draw() {
        reasons.forEach((code, button) -> button.setSelected(flow.picked(code)));
    }
}
