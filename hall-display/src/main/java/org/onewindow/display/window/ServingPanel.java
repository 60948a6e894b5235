package org.onewindow.display.window;

import java.time.Clock;
import java.time.Instant;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.protocol.identity.NameMask;
import org.onewindow.protocol.message.WindowScreen;

/**
 * The window screen's large side: the ticket being served and the citizen's masked name, a newly
 * called ticket highlighted for a few seconds; or why nobody is served ("暂停服务").
 */
final class ServingPanel extends StackPane {

    private final DisplayConfig config;
    private final DisplayTexts texts;
    private final Clock clock;
    private final Label caption = new Label();
    private final Label ticket = new Label();
    private final Label name = new Label();
    private final Label status = new Label();
    private final Label detail = new Label();
    private final VBox serving;
    private final VBox stopped;
    private String shownTicket = "";
    private Instant highlightUntil = Instant.MIN;

    ServingPanel(DisplayConfig config, DisplayTexts texts, Clock clock) {
        this.config = config;
        this.texts = texts;
        this.clock = clock;
        caption.getStyleClass().add("serving-caption");
        ticket.setId("serving-ticket");
        ticket.getStyleClass().add("serving-ticket");
        name.setId("serving-name");
        name.getStyleClass().add("serving-name");
        serving = new VBox(caption, ticket, name);
        serving.setAlignment(Pos.CENTER);
        status.setId("window-status");
        status.getStyleClass().add("window-status");
        detail.getStyleClass().add("window-status-detail");
        stopped = new VBox(status, detail);
        stopped.setAlignment(Pos.CENTER);
        getChildren().addAll(serving, stopped);
    }

    /** Every second: the end of a new ticket's highlight. */
    void tick() {
        if (!clock.instant().isBefore(highlightUntil)) {
            serving.getStyleClass().remove("fresh");
        }
    }

    void showServing(WindowScreen w) {
        serving.setVisible(true);
        stopped.setVisible(false);
        if (w.servingTicket().isEmpty()) {
            caption.setText("");
            ticket.setText("");
            name.setText(texts.get("window.idle"));
            shownTicket = "";
            serving.getStyleClass().remove("fresh");
            return;
        }
        caption.setText(texts.get("window.serving"));
        ticket.setText(w.servingTicket());
        // Masking is the server's job; doing it again costs nothing and guards a mistake upstream.
        name.setText(NameMask.mask(w.servingName()));
        if (!w.servingTicket().equals(shownTicket)) {
            shownTicket = w.servingTicket();
            highlightUntil = clock.instant().plus(config.highlight());
            if (!serving.getStyleClass().contains("fresh")) {
                serving.getStyleClass().add("fresh");
            }
        }
    }

    void showStopped(String statusText, String detailText) {
        serving.setVisible(false);
        stopped.setVisible(true);
        status.setText(statusText);
        detail.setText(detailText);
        shownTicket = "";
    }
}
