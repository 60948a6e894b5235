package org.onewindow.display;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.display.testsupport.Screens;
import org.onewindow.display.voice.RecordingOutput;
import org.onewindow.display.voice.SpeechEngine;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.testsupport.TestBroker;
import org.onewindow.server.testsupport.DemoHallServer;
import org.onewindow.testsupport.HallRestDriver;

/**
 * 无声叫号 end to end: the real server, a real broker and the main board with its recording voice.
 * A call made while window 5 is silent is shown on the board and not spoken; the next call, spoken
 * again, is the only one recorded (calls are spoken in order, so the silent one was skipped).
 */
class SilentCallsOnTheBoardTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeScreens() throws Exception {
        Screens.close();
    }

    @Test
    void aSilentCallIsShownOnTheBoardAndNotSpoken() throws Exception {
        Path calls = dir.resolve("calls");
        RecordingOutput recorded = new RecordingOutput(calls);
        try (TestBroker broker = new TestBroker();
             DemoHallServer server = DemoHallServer.onBroker(dir.resolve("server"), broker.uri());
             HallDisplay board = HallDisplay.open(Screens.board(broker.uri(), Locale.CHINESE, List.of(), calls),
                     Clock.systemUTC(), SpeechEngine.espeak().orElse(SpeechEngine.SILENT), recorded)) {
            Screens.show(board.config(), board::startScreen);
            Screens.await(() -> Screens.visible("#waiting-market"), Duration.ofSeconds(10), () -> Screens.allText(".board"));

            HallRestDriver clerk = server.clerk("clerk05");
            clerk.signIn("5");
            assertThat(clerk.silence("5", true).silent()).isTrue();
            TicketView quiet = server.manager().issueTicket(new IssueTicketRequest("silent-1", "market", null, null, null, null));
            TicketView spoken = server.manager().issueTicket(new IssueTicketRequest("silent-2", "market", null, null, null, null));
            clerk.callNext("5").orElseThrow();
            Screens.await(() -> Screens.allText("#call-0").equals(quiet.number() + " → 5号窗口"), Duration.ofSeconds(5),
                    () -> Screens.allText("#calls"));

            clerk.silence("5", false);
            clerk.finish("5");
            clerk.callNext("5").orElseThrow();
            Screens.await(() -> Screens.allText("#call-0").equals(spoken.number() + " → 5号窗口"), Duration.ofSeconds(5),
                    () -> Screens.allText("#calls"));
            Screens.await(() -> recorded.files().size() == 1, Duration.ofSeconds(20), () -> recorded.files().toString());
            assertThat(recorded.files().get(0).getFileName().toString()).isEqualTo("0001-" + spoken.number() + "-5.wav");
            assertThat(Screens.allText("#calls")).as("the silent call stays on the board").contains(quiet.number());
        }
    }
}
