package org.onewindow.kiosk;

import java.time.Clock;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.Kiosk;
import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.kiosk.config.KioskConfigFile;
import org.onewindow.kiosk.ui.ScreenFit;
import org.onewindow.kiosk.ui.SimulatorPanel;
import org.onewindow.protocol.rest.HallView;

/**
 * The kiosk's JavaFX application: one stage, full screen in the hall or a window on a laptop, its
 * screens fitted to the stage's size by {@link ScreenFit}.
 */
public final class KioskApp extends Application {

    private static final Logger log = LoggerFactory.getLogger(KioskApp.class);

    private Kiosk kiosk;

    @Override
    public void start(Stage stage) throws Exception {
        KioskConfig config = KioskConfigFile.fromCommandLine(getParameters().getRaw());
        kiosk = Kiosk.open(config, Clock.systemDefaultZone());
        Label connecting = new Label("正在连接服务器… Connecting…");
        connecting.getStyleClass().add("title");
        StackPane waiting = new StackPane(connecting);
        waiting.getStyleClass().add("kiosk");
        ScreenFit fit = new ScreenFit(waiting);
        Scene scene = fit.sceneOn(Screen.getPrimary().getVisualBounds(), config);
        stage.setTitle("OneWindow kiosk " + config.deviceId());
        stage.setScene(scene);
        stage.setFullScreen(config.fullScreen());
        stage.setFullScreenExitHint("");
        stage.show();
        Thread loader = new Thread(() -> {
            try {
                HallView hall = kiosk.awaitHall();
                Platform.runLater(() -> {
                    fit.show(kiosk.startScreen(hall));
                    if (config.simulatorPanel()) {
                        new SimulatorPanel(kiosk.devices(), kiosk.config(), stage).show();
                    }
                });
            } catch (InterruptedException e) {
                log.info("Kiosk closed before the hall was loaded");
            }
        }, "kiosk-start");
        loader.setDaemon(true);
        loader.start();
    }

    @Override
    public void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
    }
}
