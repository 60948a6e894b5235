package org.onewindow.display.benchmark;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.display.HallDisplay;
import org.onewindow.display.testsupport.Screens;
import org.onewindow.protocol.testsupport.TestBroker;
import org.onewindow.display.voice.AudioOutput;
import org.onewindow.display.voice.SpeechEngine;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.testsupport.HallRestDriver;
import org.onewindow.server.testsupport.DemoHallServer;

/**
 * How long a call takes from the clerk's click (the REST call returning) to the board showing it:
 * server, event log, broker, feed and rendering together. The REST call itself is left out: this
 * client signs in with HTTP Basic, a bcrypt check of about 80 ms on every request, which the
 * consoles' signed session cookie does not pay. Run with
 * {@code mvn -B -pl hall-display -am test -Pbenchmark -Dtest=CallToBoardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class CallToBoardBenchmark {

    private static final int CALLS = 60;

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        Screens.close();
    }

    @Test
    void callToBoard() throws Exception {
        AudioOutput nowhere = (name, clip) -> { };
        try (TestBroker broker = new TestBroker();
             DemoHallServer server = DemoHallServer.onBroker(dir, broker.uri());
             HallDisplay board = HallDisplay.open(Screens.board(broker.uri(), Locale.CHINESE, List.of(), null),
                     Clock.systemUTC(), SpeechEngine.SILENT, nowhere)) {
            Screens.show(board.config(), board::startScreen);
            Screens.await(() -> Screens.visible("#waiting-market"), Duration.ofSeconds(10), () -> "");
            HallRestDriver clerk = server.clerk("clerk05");
            clerk.signIn("5");
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                TicketView t = server.manager().issueTicket(new IssueTicketRequest("bench-" + i, "market", null, null, null, null));
                if (i > 0) {
                    clerk.finish("5");
                }
                clerk.callNext("5").orElseThrow();
                long start = System.nanoTime();
                String expected = t.number() + " → 5号窗口";
                while (!Screens.allText("#call-0").equals(expected)) {
                    assertThat(System.nanoTime() - start).as("shown within 10 s").isLessThan(10_000_000_000L);
                    Thread.sleep(2);
                }
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            Collections.sort(millis);
            System.out.printf("call -> board, %d calls: p50 %d ms, p90 %d ms, max %d ms%n", CALLS,
                    millis.get(CALLS / 2), millis.get(CALLS * 9 / 10), millis.get(CALLS - 1));
        }
    }
}
