package org.onewindow.display;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.testsupport.Screens;
import org.onewindow.protocol.testsupport.TestBroker;
import org.onewindow.display.voice.RecordingOutput;
import org.onewindow.display.voice.SpeechEngine;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.testsupport.HallRestDriver;
import org.onewindow.server.testsupport.DemoHallServer;

/**
 * The real queue server publishing to a real broker, a main board and window 5's screen on the
 * JavaFX toolkit: a call made at the window reaches both screens and is spoken; the broker is then
 * stopped and started again, and both screens come right by themselves, and the call made
 * meanwhile is still spoken.
 */
class DisplayEndToEndTest {

    @TempDir
    Path dir;

    private Stage windowStage;

    @AfterEach
    void closeScreens() throws Exception {
        if (windowStage != null) {
            Screens.onFx(windowStage::close);
        }
        Screens.close();
    }

    @Test
    void aCallReachesTheBoardAndTheWindowScreenAndBothSurviveABrokerRestart() throws Exception {
        Path calls = dir.resolve("calls");
        RecordingOutput recorded = new RecordingOutput(calls);
        SpeechEngine speech = SpeechEngine.espeak().orElse(SpeechEngine.SILENT);
        try (TestBroker broker = new TestBroker();
             DemoHallServer server = DemoHallServer.onBroker(dir.resolve("server"), broker.uri());
             HallDisplay board = HallDisplay.open(Screens.board(broker.uri(), Locale.CHINESE, List.of(), calls),
                     Clock.systemUTC(), speech, recorded);
             HallDisplay window = HallDisplay.open(Screens.window(broker.uri(), "5", Locale.CHINESE),
                     Clock.systemUTC(), speech, recorded)) {
            Screens.show(board.config(), board::startScreen);
            showInSecondStage(window);
            Screens.await(() -> Screens.visible("#waiting-market"), Duration.ofSeconds(10), () -> Screens.allText(".board"));
            Screens.await(() -> Screens.text("#window-status").equals("暂停服务"), Duration.ofSeconds(10),
                    () -> Screens.allText(".window-screen"));

            HallRestDriver clerk = server.clerk("clerk05");
            clerk.signIn("5");
            TicketView first = server.manager().issueTicket(new IssueTicketRequest("e2e-1", "market", null, null, null, null));
            long t0 = System.nanoTime();
            clerk.callNext("5").orElseThrow();
            Screens.await(() -> Screens.allText("#call-0").equals(first.number() + " → 5号窗口"), Duration.ofSeconds(5),
                    () -> Screens.allText("#calls"));
            long boardMillis = (System.nanoTime() - t0) / 1_000_000;
            Screens.await(() -> Screens.text("#serving-ticket").equals(first.number()), Duration.ofSeconds(5),
                    () -> Screens.allText(".window-screen"));
            long windowMillis = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("call %s at window 5: on the board after %d ms, on the window screen after %d ms%n",
                    first.number(), boardMillis, windowMillis);
            assertThat(Screens.hasStyleClass("#call-0", "fresh")).isTrue();
            Screens.await(() -> recorded.files().size() == 1, Duration.ofSeconds(20), () -> recorded.files().toString());
            assertThat(recorded.files().get(0).getFileName().toString()).isEqualTo("0001-" + first.number() + "-5.wav");

            broker.stop();
            Screens.await(() -> Screens.visible("#offline-mark") && !board.connected(), Duration.ofSeconds(10),
                    () -> Screens.allText(".board"));
            // The hall goes on while the broker is down: the clerk finishes and calls the next ticket.
            TicketView second = server.manager().issueTicket(new IssueTicketRequest("e2e-2", "market", null, null, null, null));
            clerk.finish("5");
            clerk.callNext("5").orElseThrow();
            assertThat(Screens.allText("#call-0")).as("the last known state stays").startsWith(first.number());

            long restart = System.nanoTime();
            broker.start();
            Screens.await(() -> Screens.allText("#call-0").startsWith(second.number()) && !Screens.visible("#offline-mark"),
                    Duration.ofSeconds(30), () -> Screens.allText(".board"));
            long boardBack = (System.nanoTime() - restart) / 1_000_000;
            Screens.await(() -> Screens.text("#serving-ticket").equals(second.number()), Duration.ofSeconds(30),
                    () -> Screens.allText(".window-screen"));
            System.out.printf("broker restarted: the board showed %s after %d ms, the window screen after %d ms%n",
                    second.number(), boardBack, (System.nanoTime() - restart) / 1_000_000);
            assertThat(Screens.text("#waiting-market")).isEqualTo("0 人等候");
            // The call made while the broker was down is recent, so it is replayed and spoken once.
            Screens.await(() -> recorded.files().size() == 2, Duration.ofSeconds(20), () -> recorded.files().toString());
            assertThat(recorded.files().get(1).getFileName().toString()).isEqualTo("0002-" + second.number() + "-5.wav");
        }
    }

    private void showInSecondStage(HallDisplay window) {
        DisplayConfig config = window.config();
        Screens.onFx(() -> {
            windowStage = new Stage();
            Parent root = window.startScreen();
            Scene scene = new Scene(root, config.width(), config.height());
            scene.getStylesheets().add(DisplayApp.class.getResource("display.css").toExternalForm());
            DisplayApp.bindScale(scene, root, config);
            windowStage.setScene(scene);
            windowStage.show();
        });
    }
}
