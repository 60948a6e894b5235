package org.onewindow.kiosk.ui;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.onewindow.kiosk.terminal.TerminalFlow;
import org.onewindow.kiosk.terminal.TerminalScreen;

/**
 * The 24-hour terminal's frame: hall name, the self-service badge, clock, elderly mode and language at the top;
 * the current screen; home, menu and the idle countdown at the bottom.
 */
public final class TerminalRoot extends BorderPane {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final TerminalFlow flow;
    private final Clock clock;
    private final Label clockLabel = new Label();
    private final Label countdown = new Label();
    private Texts texts;
    private TerminalScreen shown;

    public TerminalRoot(TerminalFlow flow, Locale locale, boolean landscape, Clock clock) {
        this.flow = flow;
        this.clock = clock;
        this.texts = new Texts(locale);
        getStyleClass().addAll("kiosk", "terminal");
        countdown.setId("terminal-countdown");
        countdown.getStyleClass().add("countdown");
        setPrefSize(landscape ? 1920 : 1080, landscape ? 1080 : 1920);
    }

    /** Shows a screen (UI thread). */
    public void show(TerminalScreen screen) {
        shown = screen;
        Ui.elderlyLook(this, flow.elderly());
        setTop(topBar());
        setCenter(TerminalViews.of(screen, texts, flow));
        setBottom(bottomBar(screen));
    }

    public TerminalScreen shown() {
        return shown;
    }

    /** Called every second: clock and countdown. */
    public void tick() {
        clockLabel.setText(CLOCK.format(LocalTime.now(clock.withZone(ZoneId.of(flow.hall().timeZone())))));
        long left = flow.tick();
        countdown.setText(left < 0 ? "" : texts.get("countdown", left));
    }

    private Node topBar() {
        Label hall = Ui.label(texts.english() ? flow.hall().nameEn() : flow.hall().name(), "hall-name");
        Label badge = Ui.label(texts.get("terminal.badge"), "terminal-badge");
        badge.setId("terminal-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        // The badge under the hall's name leaves the name the bar's width on a portrait screen.
        VBox where = new VBox(6, hall, badge);
        where.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button elderlyToggle = Ui.elderlyToggle("terminal-elderly", flow.elderly(), texts, flow::toggleElderly);
        Button language = Ui.languageToggle("terminal-language", texts, next -> {
            flow.touched();
            texts = next;
            show(shown);
        });
        clockLabel.getStyleClass().add("clock");
        clockLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(20, where, gap, clockLabel, elderlyToggle, language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private Node bottomBar(TerminalScreen screen) {
        boolean resting = screen instanceof TerminalScreen.Welcome || screen instanceof TerminalScreen.Working
                || screen instanceof TerminalScreen.LockerOpen;
        Button home = Ui.button("terminal-home", texts.get("button.home"), flow::home, "secondary");
        home.setVisible(!resting);
        Button menu = Ui.button("terminal-menu", texts.get("button.menu"), flow::menu, "secondary");
        menu.setVisible(!resting && !(screen instanceof TerminalScreen.Menu) && flow.identified());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(20, home, menu, gap, countdown);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("bottom-bar");
        return bar;
    }
}
