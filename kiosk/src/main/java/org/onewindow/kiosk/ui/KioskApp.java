package org.onewindow.kiosk.ui;

import java.time.Clock;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.Kiosk;
import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.kiosk.config.KioskConfigFile;
import org.onewindow.protocol.rest.HallView;

/** The kiosk's JavaFX application: one stage, full screen in the hall or a scaled window on a laptop. */
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
        Scene scene = new Scene(waiting, width(config) * scale(config), height(config) * scale(config));
        scene.getStylesheets().add(KioskApp.class.getResource("kiosk.css").toExternalForm());
        stage.setTitle("OneWindow kiosk " + config.deviceId());
        stage.setScene(scene);
        stage.setFullScreen(config.fullScreen());
        stage.setFullScreenExitHint("");
        stage.show();
        Thread loader = new Thread(() -> {
            try {
                HallView hall = kiosk.awaitHall();
                Platform.runLater(() -> {
                    scene.setRoot(scaled(kiosk.startScreen(hall), scale(config)));
                    if (config.simulatorPanel()) {
                        new SimulatorPanel(kiosk, stage).show();
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

    private static Parent scaled(Parent root, double scale) {
        if (scale == 1.0) {
            return root;
        }
        root.setScaleX(scale);
        root.setScaleY(scale);
        return new Group(root);
    }

    /** A window on a laptop shows the whole screen, scaled down to fit. */
    private static double scale(KioskConfig config) {
        if (config.fullScreen()) {
            return 1.0;
        }
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        return Math.min(1.0, Math.min(screen.getWidth() * 0.95 / width(config), screen.getHeight() * 0.9 / height(config)));
    }

    private static double width(KioskConfig c) {
        return c.landscape() ? 1920 : 1080;
    }

    private static double height(KioskConfig c) {
        return c.landscape() ? 1080 : 1920;
    }
}
