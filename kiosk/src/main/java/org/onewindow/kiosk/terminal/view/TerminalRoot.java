package org.onewindow.kiosk.terminal.view;

import java.time.Clock;
import java.time.ZoneId;
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
import org.onewindow.kiosk.ui.IdleCountdown;
import org.onewindow.kiosk.ui.Texts;
import org.onewindow.kiosk.ui.TopBar;
import org.onewindow.kiosk.ui.Ui;

/**
 * The 24-hour terminal's frame: hall name, the self-service badge, clock, elderly mode and language at the top;
 * the current screen; home, menu and the idle countdown at the bottom.
 */
public final class TerminalRoot extends BorderPane {

    private static final TopBar TOP_BAR = new TopBar("terminal-elderly", "terminal-language");

    private final TerminalFlow flow;
    private final IdleCountdown countdown;
    private Texts texts;
    private TerminalScreen shown;

    public TerminalRoot(TerminalFlow flow, Locale locale, boolean landscape, Clock clock) {
        this.flow = flow;
        this.texts = new Texts(locale);
        this.countdown = new IdleCountdown("terminal-countdown", clock, ZoneId.of(flow.hall().timeZone()));
        getStyleClass().addAll("kiosk", "terminal");
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
        countdown.tick(flow.tick(), texts);
    }

    private Node topBar() {
        Label badge = Ui.label(texts.get("terminal.badge"), "terminal-badge");
        badge.setId("terminal-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        // The badge under the hall's name leaves the name the bar's width on a portrait screen.
        VBox where = new VBox(6, TopBar.hallName(flow.hall(), texts), badge);
        where.setAlignment(Pos.CENTER_LEFT);
        return TOP_BAR.build(where, countdown, texts, flow.elderly(), flow::toggleElderly, next -> {
            flow.touched();
            texts = next;
            show(shown);
        });
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
        HBox bar = new HBox(20, home, menu, gap, countdown.countdown());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("bottom-bar");
        return bar;
    }
}
