package org.onewindow.display.evaluator;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.evaluator.EvaluatorFlow.NeedReason;
import org.onewindow.display.evaluator.EvaluatorFlow.Note;
import org.onewindow.display.evaluator.EvaluatorFlow.PickReasons;
import org.onewindow.display.evaluator.EvaluatorFlow.Refused;
import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.protocol.message.RatingLevel;
import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.qr.QrModules;

/**
 * The five levels in large buttons, the {@link ReasonPicker} that takes their place after a bad
 * one, and the QR code for rating by phone instead. Every touch goes to the {@link EvaluatorFlow};
 * what is drawn is read back from it.
 */
final class RatingPanel extends VBox {

    private final DisplayConfig config;
    private final DisplayTexts texts;
    private final EvaluatorFlow flow;
    private final VBox levels = new VBox();
    private final ReasonPicker reasons;
    private final Label message = new Label();
    private final Label ticket = new Label();
    private final ImageView qr = new ImageView();

    RatingPanel(DisplayConfig config, DisplayTexts texts, EvaluatorFlow flow) {
        this.config = config;
        this.texts = texts;
        this.flow = flow;
        Label ask = new Label(texts.get("evaluator.ask"));
        ask.getStyleClass().add("evaluator-ask");
        ticket.setId("rate-ticket");
        ticket.getStyleClass().add("evaluator-ticket");
        buildLevels();
        reasons = new ReasonPicker(texts, flow, this::drawChoice);
        message.setId("rate-message");
        message.getStyleClass().add("evaluator-message");
        VBox choices = new VBox(ask, ticket, levels, reasons, message);
        choices.setSpacing(10);
        HBox body = new HBox(choices, phoneBox());
        body.setSpacing(30);
        body.setAlignment(Pos.CENTER);
        getChildren().add(body);
        setAlignment(Pos.CENTER);
    }

    private void buildLevels() {
        levels.getStyleClass().add("evaluator-levels");
        for (RatingLevel level : RatingLevel.values()) {
            Button b = new Button(levelName(level));
            b.setId("level-" + level.name());
            b.getStyleClass().addAll("evaluator-level", level.bad() ? "bad" : "good");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> touched(() -> flow.choose(level)));
            levels.getChildren().add(b);
        }
    }

    private VBox phoneBox() {
        Label phone = new Label(texts.get("evaluator.phone"));
        phone.getStyleClass().add("evaluator-phone");
        qr.setId("phone-qr");
        VBox phoneBox = new VBox(qr, phone);
        phoneBox.setAlignment(Pos.CENTER);
        phoneBox.setVisible(!config.phoneBaseUrl().isEmpty());
        phoneBox.setManaged(phoneBox.isVisible());
        return phoneBox;
    }

    /** A new request on screen: its ticket and its phone link. */
    void ask(RatingRequest r) {
        ticket.setText(texts.get("evaluator.ticket", r.ticketNumber()));
        if (!config.phoneBaseUrl().isEmpty()) {
            // Encoded as the kiosk prints and shows its codes, so every phone reads them alike.
            QrModules.Picture link = QrModules.of(config.phoneBaseUrl() + r.phonePath()).picture(240);
            WritableImage image = new WritableImage(link.side(), link.side());
            image.getPixelWriter().setPixels(0, 0, link.side(), link.side(), PixelFormat.getIntArgbInstance(), link.argb(), 0,
                    link.side());
            qr.setImage(image);
        }
    }

    /** The levels or, after a bad one, the reasons in their place, so the screen never scrolls. */
    void drawChoice() {
        boolean askingReasons = flow.askingReasons();
        levels.setVisible(!askingReasons);
        levels.setManaged(!askingReasons);
        reasons.setVisible(askingReasons);
        reasons.setManaged(askingReasons);
        reasons.draw();
        message.setText(words(flow.note()));
    }

    private void touched(Runnable touch) {
        touch.run();
        drawChoice();
    }

    private String words(Note note) {
        if (note instanceof PickReasons p) {
            return texts.get("evaluator.reasons-hint", levelName(p.level()));
        } else if (note instanceof NeedReason) {
            return texts.get("evaluator.need-reason");
        } else if (note instanceof Refused r) {
            return r.words();
        }
        return "";
    }

    private String levelName(RatingLevel level) {
        return texts.english() ? level.english() : level.chinese();
    }
}
