package org.onewindow.kiosk.terminal.view;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

import org.onewindow.kiosk.hours.HallCalendar;
import org.onewindow.kiosk.terminal.TerminalFlow;
import org.onewindow.kiosk.terminal.TerminalScreen;
import org.onewindow.kiosk.ui.Columns;
import org.onewindow.kiosk.ui.Texts;
import org.onewindow.kiosk.ui.Ui;

/** The terminal's screens: welcome, menu, "please wait" and notices here; the rest by feature. */
final class TerminalViews {

    private static final double CHOICE_WIDTH = 700;

    private TerminalViews() {
    }

    static Node of(TerminalScreen screen, Texts t, TerminalFlow flow) {
        if (screen instanceof TerminalScreen.Welcome s) {
            return welcome(s, t, flow);
        } else if (screen instanceof TerminalScreen.Menu s) {
            return menu(s, t, flow);
        } else if (screen instanceof TerminalScreen.Working s) {
            VBox box = screen("message");
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(160, 160);
            box.getChildren().addAll(spinner, Ui.label(t.get(s.messageKey()), "notice"));
            return box;
        } else if (screen instanceof TerminalScreen.Notice s) {
            VBox box = screen("message");
            Label text = Ui.label(t.get(s.messageKey(), s.detail()), s.alert() ? new String[] {"notice", "alert"}
                    : new String[] {"notice"});
            text.setId("terminal-notice");
            box.getChildren().add(text);
            return box;
        } else if (screen instanceof TerminalScreen.BookArea || screen instanceof TerminalScreen.BookSlot
                || screen instanceof TerminalScreen.Booked || screen instanceof TerminalScreen.Appointments
                || screen instanceof TerminalScreen.ConfirmCancel) {
            return TerminalBookingViews.of(screen, t, flow);
        } else if (screen instanceof TerminalScreen.ChecklistArea || screen instanceof TerminalScreen.ChecklistItems
                || screen instanceof TerminalScreen.ChecklistPrinted) {
            return TerminalChecklistViews.of(screen, t, flow);
        } else if (screen instanceof TerminalScreen.Rate || screen instanceof TerminalScreen.RateService) {
            return TerminalRatingViews.of(screen, t, flow);
        }
        return TerminalCaseViews.of(screen, t, flow);
    }

    private static Node welcome(TerminalScreen.Welcome s, Texts t, TerminalFlow flow) {
        VBox box = screen("message");
        Label title = Ui.label(t.get(s.readerWorking() ? "terminal.welcome" : "terminal.welcome.no-reader"),
                "terminal-welcome");
        title.setId("terminal-welcome");
        Label hint = Ui.label(t.get(s.readerWorking() ? "terminal.welcome.hint" : "terminal.welcome.hint.no-reader"), "hint");
        hint.setId("terminal-welcome-hint");
        hint.setTextAlignment(TextAlignment.CENTER);
        box.getChildren().addAll(title, hint);
        if (s.offline()) {
            Label offline = Ui.label(t.get("terminal.offline"), "banner-alert");
            offline.setId("terminal-offline");
            box.getChildren().add(offline);
        }
        box.getChildren().add(Ui.button("terminal-checklist", t.get("terminal.checklist"), flow.checklist()::chooseArea, "secondary"));
        box.getChildren().add(Ui.label(t.get("terminal.hours", new HallCalendar(flow.hall()).openingTimes(t.english())), "hint"));
        return box;
    }

    private static Node menu(TerminalScreen.Menu s, Texts t, TerminalFlow flow) {
        VBox box = screen();
        box.getChildren().add(Ui.label(t.get("terminal.menu.title", s.maskedName()), "title"));
        Node collect = choice("menu-collect", t.get("terminal.menu.collect", s.inLocker()), flow.collection()::choose);
        if (s.inLocker() > 0) {
            collect.getStyleClass().add("attention");
        }
        box.getChildren().add(columns(
                choice("menu-cases", t.get("terminal.menu.cases", s.cases()), flow::showCases),
                collect,
                choice("menu-book", t.get("terminal.menu.book"), flow.booking()::book),
                choice("menu-appointments", t.get("terminal.menu.appointments", s.appointments()),
                        flow.booking()::showAppointments),
                choice("menu-rate", t.get("terminal.menu.rate", s.toRate()), flow.rating()::rate),
                choice("menu-checklist", t.get("terminal.menu.checklist"), flow.checklist()::chooseArea)));
        return box;
    }

    /** Choices or cards one above the other on a portrait screen, two abreast on a landscape one. */
    static Columns columns(Node... rows) {
        return new Columns(CHOICE_WIDTH, 2, 24, rows);
    }

    /** A large full-width choice. */
    static Node choice(String id, String text, Runnable action) {
        var button = Ui.button(id, text, action, "item");
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    static VBox screen(String... extraClasses) {
        VBox box = new VBox(24);
        box.getStyleClass().add("screen");
        box.getStyleClass().addAll(extraClasses);
        return box;
    }

    /** A list that scrolls when long, under a title. */
    static VBox list(String title, Node... rows) {
        ScrollPane scroll = new ScrollPane(columns(rows));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("list");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = screen();
        box.getChildren().addAll(Ui.label(title, "title"), scroll);
        return box;
    }
}
