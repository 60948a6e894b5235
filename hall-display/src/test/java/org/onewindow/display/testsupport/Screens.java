package org.onewindow.display.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.config.DisplayMode;
import org.onewindow.display.DisplayApp;
import org.onewindow.server.testsupport.DemoHallServer;

/** Puts a display's screen on the JavaFX toolkit (Monocle, headless) and reads it back. */
public final class Screens {

    public static final FxRobot ROBOT = new FxRobot();
    public static final ZoneId HALL_ZONE = ZoneId.of("Asia/Shanghai");

    private Screens() {
    }

    /** The main board of the demo hall, with the demo's credentials (as are the screens below). */
    public static DisplayConfig board(String mqttUrl, Locale locale, List<String> areas, Path recordDir) {
        return new DisplayConfig("board-main", DisplayMode.BOARD, "", DemoHallServer.HALL, mqttUrl, "", "demo-board-token",
                null, HALL_ZONE, locale, false, 1920, 1080, 1.0, 6, 2, areas, Duration.ofSeconds(8), recordDir != null, 2,
                Duration.ofMinutes(2), recordDir, "", Duration.ofSeconds(20));
    }

    public static DisplayConfig window(String mqttUrl, String windowNo, Locale locale) {
        return new DisplayConfig("window-" + windowNo, DisplayMode.WINDOW, windowNo, DemoHallServer.HALL, mqttUrl, "",
                "demo-window-" + windowNo + "-token", null, HALL_ZONE, locale, false, 1280, 400, 1.0, 6, 2, List.of(),
                Duration.ofSeconds(8), false, 2, Duration.ofMinutes(2), null, "", Duration.ofSeconds(20));
    }

    public static DisplayConfig evaluator(String mqttUrl, String windowNo, String phoneBaseUrl) {
        return new DisplayConfig("evaluator-" + windowNo, DisplayMode.EVALUATOR, windowNo, DemoHallServer.HALL, mqttUrl,
                "", "demo-evaluator-" + windowNo + "-token", null, HALL_ZONE, Locale.CHINESE, false, 1280, 800, 1.0, 6, 2,
                List.of(), Duration.ofSeconds(8), false, 2, Duration.ofMinutes(2), null, phoneBaseUrl, Duration.ofSeconds(20));
    }

    /** The same screen logging in to the broker with another password. */
    public static DisplayConfig withMqttPassword(DisplayConfig c, String password) {
        return new DisplayConfig(c.deviceId(), c.mode(), c.windowNo(), c.hallId(), c.mqttUrl(), c.mqttUsername(), password,
                c.mqttTrust(), c.timeZone(), c.locale(), c.fullScreen(), c.width(), c.height(), c.scale(), c.callRows(),
                c.areaColumns(), c.areas(), c.highlight(), c.voice(), c.voiceRepeat(), c.voiceMaxAge(), c.voiceRecordDir(),
                c.phoneBaseUrl(), c.evaluatorMinimum());
    }

    /** Shows a screen in a stage of the configured size; returns once it is showing. */
    public static void show(DisplayConfig config, Supplier<Parent> screen) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Parent root = screen.get();
            Scene scene = new Scene(root, config.width(), config.height());
            scene.getStylesheets().add(DisplayApp.class.getResource("display.css").toExternalForm());
            DisplayApp.bindScale(scene, root, config);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    /** Runs on the FX thread and waits for it. */
    public static void onFx(Runnable r) {
        ROBOT.interact(r);
    }

    public static boolean visible(String query) {
        boolean[] seen = {false};
        onFx(() -> seen[0] = ROBOT.lookup(query).tryQuery().map(Screens::showing).orElse(false));
        return seen[0];
    }

    /** The text of a label, empty when it is not there. */
    public static String text(String query) {
        String[] text = {""};
        onFx(() -> text[0] = ROBOT.lookup(query).tryQuery().filter(Labeled.class::isInstance)
                .map(n -> ((Labeled) n).getText()).orElse(""));
        return text[0];
    }

    /** Every label's text under a node, in order, joined by spaces. */
    public static String allText(String query) {
        StringBuilder all = new StringBuilder();
        onFx(() -> ROBOT.lookup(query).tryQuery().ifPresent(root -> collect(root, all)));
        return all.toString().strip();
    }

    public static boolean hasStyleClass(String query, String styleClass) {
        boolean[] has = {false};
        onFx(() -> has[0] = ROBOT.lookup(query).tryQuery().map(n -> n.getStyleClass().contains(styleClass)).orElse(false));
        return has[0];
    }

    public static void await(Supplier<Boolean> condition, Duration timeout, Supplier<String> showing) {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS, condition::get);
        } catch (TimeoutException e) {
            throw new AssertionError("not shown within " + timeout + "; the screen shows: " + showing.get(), e);
        }
    }

    private static void collect(Node node, StringBuilder all) {
        if (!showing(node)) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            all.append(l.getText()).append(' ');
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, all));
        }
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A fixed start for screens rendered from made-up states: 10:00 in the hall. */
    public static Instant morning() {
        return Instant.parse("2026-11-25T02:00:00Z");
    }
}
