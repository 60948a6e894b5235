package org.onewindow.display;

import java.time.Clock;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.config.DisplayMode;

/** The JavaFX application: one stage, full screen in the hall, a window on a laptop. */
public final class DisplayApp extends Application {

    private static final Logger log = LoggerFactory.getLogger(DisplayApp.class);

    private HallDisplay display;

    @Override
    public void start(Stage stage) throws Exception {
        DisplayConfig config;
        try {
            config = DisplayConfig.load(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            log.error("The display cannot start: {}", e.getMessage());
            Platform.exit();
            return;
        }
        display = HallDisplay.open(config, Clock.system(config.timeZone()));
        Parent root = display.startScreen();
        Scene scene = new Scene(root, config.width(), config.height());
        scene.getStylesheets().add(DisplayApp.class.getResource("display.css").toExternalForm());
        bindScale(scene, root, config);
        stage.setTitle("OneWindow · " + (config.mode() == DisplayMode.BOARD ? config.hallId()
                : config.mode().name().toLowerCase(java.util.Locale.ROOT) + " " + config.windowNo()));
        stage.setScene(scene);
        if (config.fullScreen()) {
            scene.setCursor(Cursor.NONE);
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        }
        stage.show();
    }

    /** Text size follows the screen; a window screen's few lines are larger than the board's many. */
    public static void bindScale(Scene scene, Parent root, DisplayConfig config) {
        double lines = switch (config.mode()) {
            case BOARD -> 54;
            case WINDOW -> 14;
            case EVALUATOR -> 30;
        };
        ScreenScale.bind(scene, root, lines, config.scale());
    }

    @Override
    public void stop() {
        if (display != null) {
            display.close();
        }
    }
}
