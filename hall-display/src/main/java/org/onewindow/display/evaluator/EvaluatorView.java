package org.onewindow.display.evaluator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.feed.DisplayState;
import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.display.ui.OfflineMark;
import org.onewindow.display.evaluator.EvaluatorViewModel.Asking;
import org.onewindow.display.evaluator.EvaluatorViewModel.Screen;
import org.onewindow.display.evaluator.EvaluatorViewModel.Thanks;
import org.onewindow.protocol.evaluator.EvaluatorClient;
import org.onewindow.protocol.message.RatingLevel;
import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.message.RatingResult;
import org.onewindow.protocol.message.WindowScreen;

/**
 * The counter's evaluator (好差评): after a service finishes it offers the five levels in large
 * buttons, asks for a reason after a bad one, and shows a QR code for rating by phone instead.
 * The citizen's choice goes to the server, which accepts one rating per service. What is on
 * screen, and for how long, is the {@link EvaluatorViewModel}'s decision; this view only draws it.
 */
public final class EvaluatorView extends BorderPane {

    private final DisplayConfig config;
    private final DisplayTexts texts;
    private final EvaluatorClient client;
    private final EvaluatorViewModel model;
    private final OfflineMark offline;
    private final Label title = new Label();
    private final VBox idle = new VBox();
    private final VBox rating = new VBox();
    private final VBox reasonsBox = new VBox();
    private final VBox levels = new VBox();
    private final List<ToggleButton> reasons = new ArrayList<>();
    private final Label message = new Label();
    private final Label ticket = new Label();
    private final ImageView qr = new ImageView();
    private final Label done = new Label();
    private RatingLevel chosen;
    private Screen drawn;
    private RatingRequest asked;

    public EvaluatorView(DisplayConfig config, DisplayTexts texts, EvaluatorClient client, Clock clock) {
        this.config = config;
        this.texts = texts;
        this.client = client;
        this.model = new EvaluatorViewModel(clock, config.evaluatorMinimum());
        this.offline = new OfflineMark(texts, config.timeZone());
        getStyleClass().addAll("display", "evaluator");
        title.getStyleClass().add("evaluator-window");
        title.setText(texts.english() ? texts.get("window.suffix") + " " + config.windowNo()
                : config.windowNo() + texts.get("window.suffix"));
        HBox top = new HBox(title, new StackPane(), offline);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setSpacing(20);
        setTop(top);
        buildIdle();
        buildRating();
        done.setId("rate-done");
        done.getStyleClass().add("evaluator-done");
        StackPane center = new StackPane(idle, rating, done);
        setCenter(center);
        refresh();
    }

    private void buildIdle() {
        Label welcome = new Label(texts.get("evaluator.welcome"));
        welcome.setId("evaluator-idle");
        welcome.getStyleClass().add("evaluator-welcome");
        idle.getChildren().add(welcome);
        idle.setAlignment(Pos.CENTER);
    }

    private void buildRating() {
        Label ask = new Label(texts.get("evaluator.ask"));
        ask.getStyleClass().add("evaluator-ask");
        ticket.setId("rate-ticket");
        ticket.getStyleClass().add("evaluator-ticket");
        levels.getStyleClass().add("evaluator-levels");
        for (RatingLevel level : RatingLevel.values()) {
            Button b = new Button(texts.english() ? level.english() : level.chinese());
            b.setId("level-" + level.name());
            b.getStyleClass().addAll("evaluator-level", level.bad() ? "bad" : "good");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> choose(level));
            levels.getChildren().add(b);
        }
        FlowPane reasonButtons = new FlowPane();
        reasonButtons.getStyleClass().add("evaluator-reasons");
        for (String code : RatingLevel.REASONS) {
            if (code.equals("OTHER")) {
                continue; // words cannot be typed here; the phone page takes them
            }
            ToggleButton r = new ToggleButton(texts.get("reason." + code));
            r.setId("reason-" + code);
            r.getStyleClass().add("evaluator-reason");
            reasons.add(r);
            reasonButtons.getChildren().add(r);
        }
        Button send = new Button(texts.get("evaluator.send"));
        send.setId("rate-submit");
        send.getStyleClass().add("evaluator-send");
        send.setOnAction(e -> sendBad());
        Button back = new Button(texts.get("evaluator.back"));
        back.setId("rate-back");
        back.getStyleClass().add("evaluator-reason");
        back.setOnAction(e -> showLevels());
        Label reasonAsk = new Label(texts.get("evaluator.reasons"));
        reasonAsk.getStyleClass().add("evaluator-ask");
        HBox buttons = new HBox(back, send);
        buttons.setSpacing(12);
        reasonsBox.getChildren().addAll(reasonAsk, reasonButtons, buttons);
        reasonsBox.getStyleClass().add("evaluator-reasons-box");
        message.setId("rate-message");
        message.getStyleClass().add("evaluator-message");
        Label phone = new Label(texts.get("evaluator.phone"));
        phone.getStyleClass().add("evaluator-phone");
        qr.setId("phone-qr");
        VBox phoneBox = new VBox(qr, phone);
        phoneBox.setAlignment(Pos.CENTER);
        phoneBox.setVisible(!config.phoneBaseUrl().isEmpty());
        phoneBox.setManaged(phoneBox.isVisible());
        VBox choices = new VBox(ask, ticket, levels, reasonsBox, message);
        choices.setSpacing(10);
        HBox body = new HBox(choices, phoneBox);
        body.setSpacing(30);
        body.setAlignment(Pos.CENTER);
        rating.getChildren().add(body);
        rating.setAlignment(Pos.CENTER);
    }

    /** The window's latest service waiting to be rated, or empty once it was rated here. */
    public void show(Optional<RatingRequest> request) {
        model.requested(request);
        refresh();
    }

    /** The server's answer: thanks for a few seconds, or why it was refused. */
    public void show(RatingResult result) {
        if (!model.answered(result)) {
            message.setText(result.message());
        }
        refresh();
    }

    public void show(DisplayState state) {
        offline.show(state);
        state.window(config.windowNo()).filter(w -> !w.label().isEmpty())
                .ifPresent(w -> title.setText((texts.english() ? texts.get("window.suffix") + " " + config.windowNo()
                        : config.windowNo() + texts.get("window.suffix")) + "  " + w.label()));
        state.window(config.windowNo()).map(WindowScreen::servingTicket).ifPresent(model::windowServes);
        refresh();
    }

    /** Draws what the view model says is on screen now; called on every change and every second. */
    public void refresh() {
        Screen now = model.screen();
        if (now.equals(drawn)) {
            return;
        }
        drawn = now;
        if (now instanceof Asking a) {
            ask(a.request());
        } else if (now instanceof Thanks t) {
            done.setText(texts.get(t.alreadyRated() ? "evaluator.already" : "evaluator.thanks"));
            rating.setVisible(false);
            idle.setVisible(false);
            done.setVisible(true);
        } else {
            asked = null;
            showIdle();
        }
    }

    private void ask(RatingRequest r) {
        asked = r;
        showLevels();
        ticket.setText(texts.get("evaluator.ticket", r.ticketNumber()));
        if (!config.phoneBaseUrl().isEmpty()) {
            qr.setImage(QrImage.of(config.phoneBaseUrl() + r.phonePath(), 240));
        }
        idle.setVisible(false);
        done.setVisible(false);
        rating.setVisible(true);
    }

    private void choose(RatingLevel level) {
        chosen = level;
        if (!level.bad()) {
            rate(level, List.of());
            return;
        }
        // Reasons take the buttons' place, so the screen never scrolls.
        levels.setVisible(false);
        levels.setManaged(false);
        reasonsBox.setVisible(true);
        reasonsBox.setManaged(true);
        message.setText(texts.get("evaluator.reasons-hint", texts.english() ? level.english() : level.chinese()));
    }

    private void showLevels() {
        chosen = null;
        reasons.forEach(b -> b.setSelected(false));
        levels.setVisible(true);
        levels.setManaged(true);
        reasonsBox.setVisible(false);
        reasonsBox.setManaged(false);
        message.setText("");
    }

    private void sendBad() {
        List<String> picked = new ArrayList<>();
        reasons.stream().filter(ToggleButton::isSelected).forEach(b -> picked.add(b.getId().substring("reason-".length())));
        if (chosen == null || picked.isEmpty()) {
            message.setText(texts.get("evaluator.need-reason"));
            return;
        }
        rate(chosen, picked);
    }

    private void rate(RatingLevel level, List<String> picked) {
        // The request on screen, which may be older than the latest one the window has sent.
        if (asked != null) {
            client.rate(asked, level, picked, "");
        }
    }

    private void showIdle() {
        idle.setVisible(true);
        rating.setVisible(false);
        done.setVisible(false);
    }
}
