package org.onewindow.kiosk.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.onewindow.kiosk.Kiosk;
import org.onewindow.kiosk.config.DeviceSetting;
import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.kiosk.config.KioskMode;
import org.onewindow.kiosk.queue.Screen;
import org.onewindow.kiosk.terminal.TerminalScreen;
import org.onewindow.kiosk.ui.ScreenFit;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.server.testsupport.DemoHallServer;

/** A kiosk with simulated devices on the JavaFX toolkit (Monocle, headless), talking to a real server. */
public final class KioskUnderTest implements AutoCloseable {

    public final Kiosk kiosk;
    public final FxRobot robot = new FxRobot();

    private KioskUnderTest(Kiosk kiosk) {
        this.kiosk = kiosk;
    }

    public static KioskConfig config(String serverUrl, String mqttUrl, Path dir, Duration idle) {
        DeviceSetting simulated = new DeviceSetting(DeviceSetting.Kind.SIMULATED, "", 0);
        return new KioskConfig("kiosk-1", "demo-kiosk-token", serverUrl, DemoHallServer.HALL, mqttUrl, null,
                serverUrl + "/api/halls", idle, idle.multipliedBy(2), Duration.ofSeconds(5), false, false, Locale.CHINESE,
                simulated, simulated, simulated, 80,
                dir.resolve("tickets"), false, null, false, KioskMode.QUEUE, simulated, 1, 24,
                dir.resolve("pending-pickups.txt"));
    }

    /** The same kiosk full screen (as in the hall) or in a window (as on a laptop), in {@code landscape} or not. */
    public static KioskConfig withScreen(KioskConfig c, boolean fullScreen, boolean landscape) {
        return copy(c, c.reader(), c.mode(), fullScreen, landscape);
    }

    /** The same kiosk in another mode (AUTO switches with the hall's hours; TERMINAL needs only the broker). */
    public static KioskConfig withMode(KioskConfig c, KioskMode mode) {
        return copy(c, c.reader(), mode, c.fullScreen(), c.landscape());
    }

    /** The same kiosk with another card reader, e.g. a real driver on a pty pair. */
    public static KioskConfig withReader(KioskConfig c, DeviceSetting reader) {
        return copy(c, reader, c.mode(), c.fullScreen(), c.landscape());
    }

    private static KioskConfig copy(KioskConfig c, DeviceSetting reader, KioskMode mode, boolean fullScreen,
                                    boolean landscape) {
        return new KioskConfig(c.deviceId(), c.deviceToken(), c.serverUrl(), c.hallId(), c.mqttUrl(), c.mqttTrust(),
                c.trackingBaseUrl(),
                c.idle(), c.elderlyIdle(), c.cardLiftedGrace(), landscape, fullScreen, c.locale(), reader, c.scanner(),
                c.printer(),
                c.paperMillimetres(), c.ticketDirectory(), c.simulatorPanel(), c.demoCodesFile(), c.speech(), mode,
                c.locker(), c.lockerAddress(), c.lockerSlots(), c.pendingPickups());
    }

    public static KioskUnderTest start(KioskConfig config) throws Exception {
        return start(config, Clock.systemDefaultZone(), 1080, 1920);
    }

    /** A kiosk living by {@code clock} (for opening and closing time). */
    public static KioskUnderTest start(KioskConfig config, Clock clock) throws Exception {
        return start(config, clock, 1080, 1920);
    }

    /**
     * A kiosk on a screen of {@code width}×{@code height}, its scene made as the application makes it:
     * filling the screen when {@code config} says full screen, else a window on that screen.
     */
    public static KioskUnderTest startOn(KioskConfig config, int width, int height) throws Exception {
        return launch(config, Clock.systemDefaultZone(), width, height);
    }

    /** Full screen on a screen of {@code width}×{@code height}, whatever {@code config} says. */
    private static KioskUnderTest start(KioskConfig config, Clock clock, int width, int height) throws Exception {
        return launch(withScreen(config, true, width > height), clock, width, height);
    }

    private static KioskUnderTest launch(KioskConfig config, Clock clock, int width, int height) throws Exception {
        FxToolkit.registerPrimaryStage();
        Kiosk kiosk = Kiosk.open(config, clock);
        HallView hall = kiosk.awaitHall();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new ScreenFit(kiosk.startScreen(hall)).sceneOn(new Rectangle2D(0, 0, width, height), config));
            stage.show();
        });
        return new KioskUnderTest(kiosk);
    }

    /** Whether the screen shown is in elderly mode (its look follows the root's style class). */
    public boolean elderlyShown() {
        return onFx(() -> robot.lookup(".kiosk").tryQuery().map(n -> n.getStyleClass().contains("elderly")).orElse(false));
    }

    /** The scene the kiosk is shown in. */
    public Scene scene() {
        return robot.lookup(".kiosk-host").query().getScene();
    }

    /** Touches a button, as a finger would. */
    public void tap(String id) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                boolean[] tapped = {false};
                robot.interact(() -> robot.lookup(id).tryQuery().filter(Node::isVisible).ifPresent(n -> {
                    kiosk.touched();
                    ((ButtonBase) n).fire();
                    tapped[0] = true;
                }));
                return tapped[0];
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(id + " could not be tapped; showing " + showing(), e);
        }
    }

    /** A code read by the (simulated) scanner. */
    public void scan(String code) {
        kiosk.devices().simulatedScanner().scan(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void awaitNode(String id) {
        awaitNode(id, Duration.ofSeconds(10));
    }

    public void awaitNode(String id, Duration timeout) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS,
                    () -> onFx(() -> robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(id + " did not appear within " + timeout + "; showing " + showing(), e);
        }
    }

    public void awaitScreen(Class<? extends Screen> type, Duration timeout) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS,
                    () -> type.isInstance(kiosk.flow().current()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(type.getSimpleName() + " not shown within " + timeout + "; showing "
                    + kiosk.flow().current(), e);
        }
    }

    public void awaitTerminal(Class<? extends TerminalScreen> type, Duration timeout) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS,
                    () -> kiosk.terminalShown() && type.isInstance(kiosk.terminal().current()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(type.getSimpleName() + " not shown within " + timeout + "; showing " + showing(), e);
        }
    }

    /** An ID card on the (simulated) reader, then taken off again. */
    public void swipe(org.onewindow.kiosk.device.idcard.IdCard card) {
        kiosk.devices().simulatedReader().present(card);
    }

    /** What is on screen, for failure messages. */
    public Object showing() {
        return kiosk.terminalShown() ? kiosk.terminal().current() : kiosk.flow().current();
    }

    public String text(String id) {
        awaitNode(id);
        return onFx(() -> robot.lookup(id).queryAll().stream().filter(Labeled.class::isInstance)
                .map(n -> ((Labeled) n).getText()).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    /**
     * Reads the scene on the JavaFX thread: the screens change on that thread, and a lookup from
     * another may walk a list of children while it is being replaced.
     */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("reading the screen failed", e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer within 10 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
        kiosk.close();
    }
}
