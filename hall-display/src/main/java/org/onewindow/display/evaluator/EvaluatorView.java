package org.onewindow.display.evaluator;

import java.time.Clock;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.evaluator.EvaluatorViewModel.Asking;
import org.onewindow.display.evaluator.EvaluatorViewModel.Screen;
import org.onewindow.display.evaluator.EvaluatorViewModel.Thanks;
import org.onewindow.display.feed.DisplayState;
import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.display.ui.OfflineMark;
import org.onewindow.protocol.evaluator.EvaluatorClient;
import org.onewindow.protocol.message.WindowScreen;

/**
 * The counter's evaluator (好差评): after a service finishes it offers the five levels in large
 * buttons, asks for a reason after a bad one, and shows a QR code for rating by phone instead.
 * The citizen's choice goes to the server, which accepts one rating per service. What is on
 * screen, and what a touch does, is the {@link EvaluatorFlow}'s business; this view only draws it.
 */
public final class EvaluatorView extends BorderPane {

    private final DisplayConfig config;
    private final DisplayTexts texts;
    private final EvaluatorFlow flow;
    private final OfflineMark offline;
    private final Label title = new Label();
    private final VBox idle = new VBox();
    private final RatingPanel rating;
    private final Label done = new Label();
    private Screen drawn;

    /** The evaluator of the configured window, rating through {@code client}. */
    public EvaluatorView(DisplayConfig config, DisplayTexts texts, EvaluatorClient client, Clock clock) {
        this(config, texts, new EvaluatorFlow(client, clock, config.evaluatorMinimum()));
        flow.listen(Platform::runLater, this::refresh);
    }

    EvaluatorView(DisplayConfig config, DisplayTexts texts, EvaluatorFlow flow) {
        this.config = config;
        this.texts = texts;
        this.flow = flow;
        this.offline = new OfflineMark(texts, config.timeZone());
        this.rating = new RatingPanel(config, texts, flow);
        getStyleClass().addAll("display", "evaluator");
        title.getStyleClass().add("evaluator-window");
        title.setText(texts.windowName(config.windowNo()));
        HBox top = new HBox(title, new StackPane(), offline);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setSpacing(20);
        setTop(top);
        Label welcome = new Label(texts.get("evaluator.welcome"));
        welcome.setId("evaluator-idle");
        welcome.getStyleClass().add("evaluator-welcome");
        idle.getChildren().add(welcome);
        idle.setAlignment(Pos.CENTER);
        done.setId("rate-done");
        done.getStyleClass().add("evaluator-done");
        setCenter(new StackPane(idle, rating, done));
        refresh();
    }

    public void show(DisplayState state) {
        offline.show(state);
        state.window(config.windowNo()).filter(w -> !w.label().isEmpty())
                .ifPresent(w -> title.setText(texts.windowName(config.windowNo()) + "  " + w.label()));
        state.window(config.windowNo()).map(WindowScreen::servingTicket).ifPresent(flow::windowServes);
        refresh();
    }

    /** Draws what the flow says is on screen now; called on every change and every second. */
    public void refresh() {
        Screen now = flow.screen();
        // The QR code is drawn once per request, not every second.
        if (!now.equals(drawn)) {
            drawn = now;
            if (now instanceof Asking a) {
                rating.ask(a.request());
                showOnly(rating);
            } else if (now instanceof Thanks t) {
                done.setText(texts.get(t.alreadyRated() ? "evaluator.already" : "evaluator.thanks"));
                showOnly(done);
            } else {
                showOnly(idle);
            }
        }
        rating.drawChoice();
    }

    private void showOnly(Node shown) {
        idle.setVisible(shown == idle);
        rating.setVisible(shown == rating);
        done.setVisible(shown == done);
    }
}
