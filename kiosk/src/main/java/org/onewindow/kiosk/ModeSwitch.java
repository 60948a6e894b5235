package org.onewindow.kiosk;

import java.util.function.Consumer;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.layout.StackPane;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.hours.ModeSchedule;
import org.onewindow.kiosk.queue.KioskFlow;
import org.onewindow.kiosk.queue.view.KioskRoot;
import org.onewindow.kiosk.terminal.TerminalFlow;
import org.onewindow.kiosk.terminal.view.TerminalRoot;

/**
 * Which face the kiosk shows, the queue kiosk or the 24-hour terminal, in one host on the screen.
 * Every second it ticks the face shown and, in AUTO mode, switches at opening and closing, but
 * only when nobody is in the middle of a turn. Either face is null when the mode never shows it.
 */
final class ModeSwitch {

    private static final Logger log = LoggerFactory.getLogger(ModeSwitch.class);

    private final StackPane host = new StackPane();
    private final ModeSchedule schedule;
    private final KioskFlow queue;
    private final KioskRoot queueRoot;
    private final TerminalFlow terminal;
    private final TerminalRoot terminalRoot;
    private volatile boolean terminalShown;
    private Timeline ticker;

    ModeSwitch(ModeSchedule schedule, KioskFlow queue, KioskRoot queueRoot, TerminalFlow terminal,
               TerminalRoot terminalRoot) {
        this.schedule = schedule;
        this.queue = queue;
        this.queueRoot = queueRoot;
        this.terminal = terminal;
        this.terminalRoot = terminalRoot;
        host.getStyleClass().add("kiosk-host");
    }

    /** Where the face shown is put; the screen's input is caught here too. */
    StackPane host() {
        return host;
    }

    /** Shows the face the hour asks for and starts the clock of ticks. On the FX thread. */
    void start() {
        showMode(schedule.terminalDue());
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        tick();
    }

    void stop() {
        if (ticker != null) {
            ticker.stop();
        }
    }

    /** Every second, on the FX thread: clocks, countdowns and the end of turns; the switch in AUTO mode. */
    void tick() {
        if (terminalShown) {
            terminalRoot.tick();
        } else {
            queueRoot.tick();
        }
        boolean wantTerminal = schedule.showTerminal(terminalShown, terminalShown ? terminal.atRest() : queue.atRest());
        if (wantTerminal != terminalShown) {
            log.info("Hall {}: switching to the {}", wantTerminal ? "closed" : "open",
                    wantTerminal ? "24-hour terminal" : "queue kiosk");
            showMode(wantTerminal);
        }
    }

    /** A finger on the screen: the idle countdown of whichever face is shown starts again. */
    void touched() {
        if (terminalShown) {
            terminal.touched();
        } else {
            queue.touched();
        }
    }

    boolean terminalShown() {
        return terminalShown;
    }

    /** A device event goes to whichever face is on screen, on the FX thread. */
    void toShownFace(Consumer<KioskFlow> toQueue, Consumer<TerminalFlow> toTerminal) {
        Platform.runLater(() -> {
            if (terminalShown) {
                toTerminal.accept(terminal);
            } else {
                toQueue.accept(queue);
            }
        });
    }

    /** Both faces hear it: the one not shown must not offer a dead reader when it comes up. */
    void readerWorking(boolean working) {
        Platform.runLater(() -> {
            if (queue != null) {
                queue.readerWorking(working);
            }
            if (terminal != null) {
                terminal.readerWorking(working);
            }
        });
    }

    private void showMode(boolean showTerminal) {
        terminalShown = showTerminal;
        if (showTerminal) {
            terminal.home();
            host.getChildren().setAll(terminalRoot);
        } else {
            queue.home();
            host.getChildren().setAll(queueRoot);
        }
    }
}
