package org.onewindow.kiosk.ui;

import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.onewindow.protocol.rest.HallView;

/**
 * The bar at the top of every screen, in both faces of the kiosk: where the citizen is on the left,
 * then the clock, the elderly-mode toggle and the language toggle on the right.
 *
 * @param elderlyId  the elderly toggle's id
 * @param languageId the language toggle's id
 */
public record TopBar(String elderlyId, String languageId) {

    /** The hall's name in the language shown. */
    public static Label hallName(HallView hall, Texts texts) {
        return Ui.label(texts.english() ? hall.nameEn() : hall.name(), "hall-name");
    }

    /**
     * @param where         the hall's name, and whatever goes with it
     * @param elderly       whether the turn is shown in elderly mode now
     * @param toggleElderly switches elderly mode for the turn
     * @param language      gets the words in the language chosen
     */
    public Node build(Node where, IdleCountdown clock, Texts texts, boolean elderly, Runnable toggleElderly,
                      Consumer<Texts> language) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button elderlyToggle = Ui.elderlyToggle(elderlyId, elderly, texts, toggleElderly);
        Button languageToggle = Ui.languageToggle(languageId, texts, language);
        HBox bar = new HBox(20, where, gap, clock.clock(), elderlyToggle, languageToggle);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        return bar;
    }
}
