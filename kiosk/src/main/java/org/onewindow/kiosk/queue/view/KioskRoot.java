package org.onewindow.kiosk.queue.view;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.onewindow.kiosk.queue.KioskFlow;
import org.onewindow.kiosk.queue.Screen;
import org.onewindow.kiosk.server.AreaQueues;
import org.onewindow.kiosk.ui.IdleCountdown;
import org.onewindow.kiosk.ui.Speaker;
import org.onewindow.kiosk.ui.Texts;
import org.onewindow.kiosk.ui.TopBar;
import org.onewindow.kiosk.ui.Ui;

/**
 * The kiosk's frame: hall name, clock, elderly mode and language at the top; the current screen;
 * the way home and the idle countdown at the bottom.
 */
public final class KioskRoot extends BorderPane {

    private static final TopBar TOP_BAR = new TopBar("elderly-toggle", "language-toggle");

    private final KioskFlow flow;
    private final AreaQueues queues;
    private final Speaker speaker;
    private final IdleCountdown countdown;
    private final Button home;
    private Texts texts;
    private Screen shown;
    /** The scene whose keys reach the keypad: once each, however often the face is shown again. */
    private Scene keyScene;

    public KioskRoot(KioskFlow flow, AreaQueues queues, Locale locale, boolean landscape, Speaker speaker, Clock clock) {
        this.flow = flow;
        this.queues = queues;
        this.speaker = speaker;
        this.texts = new Texts(locale);
        this.countdown = new IdleCountdown("countdown", clock, ZoneId.of(flow.hall().timeZone()));
        getStyleClass().add("kiosk");
        home = Ui.button("home-button", "", flow::home, "secondary");
        setPrefSize(landscape ? 1920 : 1080, landscape ? 1080 : 1920);
        // A USB keypad (or keyboard) types on the number keypad too; the scene hears it whatever has focus.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && scene != keyScene) {
                keyScene = scene;
                scene.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
                scene.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
            }
        });
    }

    private void typed(KeyEvent e) {
        if (keypadShown() && e.getCharacter().length() == 1 && Character.isDigit(e.getCharacter().charAt(0))) {
            flow.keypad().digit(e.getCharacter().charAt(0));
            e.consume();
        }
    }

    private void pressed(KeyEvent e) {
        if (!keypadShown()) {
            return;
        }
        if (e.getCode() == KeyCode.BACK_SPACE) {
            flow.keypad().delete();
        } else if (e.getCode() == KeyCode.ENTER) {
            flow.keypad().send();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            flow.keypad().back();
        } else {
            return;
        }
        e.consume();
    }

    private boolean keypadShown() {
        return shown instanceof Screen.LeaveNumber && isVisible() && getScene() != null;
    }

    /** Shows a screen (UI thread). */
    public void show(Screen screen) {
        shown = screen;
        Ui.elderlyLook(this, flow.elderly());
        setTop(topBar());
        setCenter(node(screen));
        setBottom(bottomBar(screen));
        if (flow.elderly()) {
            speaker.say(prompt(screen), texts.english());
        }
    }

    /**
     * A queue changed: the home screen's figures are updated in place, never rebuilt, so a tile
     * does not vanish under a finger.
     */
    public void queuesChanged() {
        if (shown instanceof Screen.Home) {
            for (var area : flow.hall().areas()) {
                Node label = lookup("#queue-" + area.id());
                if (label instanceof Label l) {
                    queues.of(area.id()).ifPresent(q -> l.setText(HomeView.waiting(q, texts)));
                }
            }
        }
    }

    /** Called every second: clock and countdown. */
    public void tick() {
        countdown.tick(flow.tick(), texts);
    }

    private Node node(Screen screen) {
        if (screen instanceof Screen.Home s) {
            return HomeView.of(s, texts, flow, queues, getStyleClass().contains("elderly"));
        } else if (screen instanceof Screen.ChooseItem s) {
            return ItemsView.of(s, texts, flow);
        } else if (screen instanceof Screen.Identify s) {
            return IdentifyView.of(s, texts, flow);
        } else if (screen instanceof Screen.Working s) {
            return MessageViews.working(s, texts);
        } else if (screen instanceof Screen.Issued s) {
            return IssuedView.of(s, texts, flow);
        } else if (screen instanceof Screen.Notice s) {
            return MessageViews.notice(s, texts, flow);
        } else if (screen instanceof Screen.LeaveNumber s) {
            return NumberKeypadView.of(s, texts, flow);
        } else if (screen instanceof Screen.NumberLeft s) {
            return NumberKeypadView.left(s, texts);
        }
        return MessageViews.paused((Screen.Paused) screen, texts);
    }

    private Node topBar() {
        return TOP_BAR.build(TopBar.hallName(flow.hall(), texts), countdown, texts, flow.elderly(), flow::toggleElderly,
                next -> {
                    flow.touched();
                    texts = next;
                    show(shown);
                });
    }

    private Node bottomBar(Screen screen) {
        home.setText(texts.get("button.home"));
        home.setVisible(!(screen instanceof Screen.Home) && !(screen instanceof Screen.Working));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(20, home, gap, countdown.countdown());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("bottom-bar");
        return bar;
    }

    /** What elderly mode says aloud on each screen. */
    private String prompt(Screen screen) {
        if (screen instanceof Screen.Home) {
            return texts.get("home.title");
        } else if (screen instanceof Screen.ChooseItem s) {
            return texts.get("items.title", texts.english() ? s.area().nameEn() : s.area().name());
        } else if (screen instanceof Screen.Identify s) {
            return texts.get(s.readerWorking() ? "identify.title" : "identify.title.no-reader");
        } else if (screen instanceof Screen.Issued s) {
            return texts.english() ? "Your number is " + s.ticket().number()
                    : "您的号码是" + s.ticket().number() + "，" + texts.get("issued.windows", s.printout().windows());
        } else if (screen instanceof Screen.Notice s) {
            return texts.get(s.messageKey(), s.detail());
        } else if (screen instanceof Screen.LeaveNumber s) {
            // The digits are not spoken: others stand near the kiosk.
            return texts.get(s.problemKey().isEmpty() ? "number.hint" : s.problemKey());
        } else if (screen instanceof Screen.NumberLeft s) {
            return texts.get("number.left.title");
        } else if (screen instanceof Screen.Paused) {
            return texts.get("paused.title");
        }
        return "";
    }
}
