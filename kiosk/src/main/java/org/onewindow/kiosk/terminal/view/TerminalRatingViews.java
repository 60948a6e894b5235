package org.onewindow.kiosk.terminal.view;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.onewindow.kiosk.terminal.TerminalFlow;
import org.onewindow.kiosk.terminal.TerminalScreen;
import org.onewindow.kiosk.ui.Texts;
import org.onewindow.kiosk.ui.Ui;
import org.onewindow.protocol.message.RatingLevel;
import org.onewindow.protocol.rest.RateableService;

/** Rating a service (好差评): which service, the level, and for a bad rating what was wrong. */
final class TerminalRatingViews {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M/d HH:mm");

    private TerminalRatingViews() {
    }

    private static String areaName(TerminalFlow flow, String areaId, Texts t) {
        return flow.hall().areas().stream().filter(a -> a.id().equals(areaId)).findFirst()
                .map(a -> t.english() ? a.nameEn() : a.name()).orElse("");
    }

    static Node of(TerminalScreen screen, Texts t, TerminalFlow flow) {
        if (screen instanceof TerminalScreen.Rate s) {
            ZoneId zone = ZoneId.of(flow.hall().timeZone());
            List<Node> rows = new ArrayList<>();
            for (RateableService r : s.services()) {
                rows.add(TerminalViews.choice("rate-" + r.ticketId(), t.get("rate.service", r.ticketNumber(), areaName(flow, r.areaId(), t), r.windowNo(),
                        TIME.format(r.finishedAt().atZone(zone))), () -> flow.rating().rateService(r.ticketId())));
            }
            return TerminalViews.list(t.get("rate.title"), rows.toArray(Node[]::new));
        }
        TerminalScreen.RateService s = (TerminalScreen.RateService) screen;
        VBox box = TerminalViews.screen();
        box.getChildren().add(Ui.label(t.get("rate.level.title", s.service().ticketNumber()), "title"));
        VBox levels = new VBox(16);
        for (RatingLevel level : RatingLevel.values()) {
            Button b = Ui.button("level-" + level.name(), t.get("level." + level.name()), () -> flow.rating().chooseLevel(level.name()),
                    "item", level.bad() ? "level-bad" : "level-good");
            b.setMaxWidth(Double.MAX_VALUE);
            if (level.name().equals(s.level())) {
                b.getStyleClass().add("chosen");
            }
            levels.getChildren().add(b);
        }
        VBox why = new VBox(16);
        if (!s.level().isEmpty()) {
            FlowPane reasons = new FlowPane(16, 16);
            // "Other" needs the citizen's own words, which a terminal without a keyboard cannot take.
            for (String reason : RatingLevel.REASONS.stream().filter(r -> !r.equals("OTHER")).toList()) {
                Button chip = Ui.button("reason-" + reason, t.get("reason." + reason), () -> flow.rating().toggleReason(reason), "chip");
                if (s.reasons().contains(reason)) {
                    chip.getStyleClass().add("chosen");
                }
                reasons.getChildren().add(chip);
            }
            Button submit = Ui.button("rate-submit", t.get("rate.submit"), flow.rating()::submit, "primary");
            submit.setDisable(s.reasons().isEmpty());
            why.getChildren().addAll(Ui.label(t.get("rate.reasons"), "line-strong"), reasons, submit);
        }
        // The reasons beside the levels on a landscape screen, below them on a portrait one.
        box.getChildren().add(why.getChildren().isEmpty() ? levels : TerminalViews.columns(levels, why));
        return box;
    }
}
