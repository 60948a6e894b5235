package org.onewindow.display;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import javafx.scene.control.ButtonBase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.display.testsupport.Screens;
import org.onewindow.protocol.testsupport.TestBroker;
import org.onewindow.display.testsupport.TestQueueServer;
import org.onewindow.display.voice.SpeechEngine;
import org.onewindow.protocol.client.HallRestClient;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.RatingView;
import org.onewindow.protocol.rest.TicketView;

/**
 * The counter's evaluator against the real server and broker: a service finished at window 5 is
 * offered for rating, a bad rating asks for a reason, and the server records it once.
 */
class EvaluatorEndToEndTest {

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        Screens.close();
    }

    private static void tap(String id) {
        Screens.onFx(() -> ((ButtonBase) Screens.ROBOT.lookup(id).query()).fire());
    }

    @Test
    void aCitizenRatesTheServiceJustFinishedAtTheCounter() throws Exception {
        try (TestBroker broker = new TestBroker();
             TestQueueServer server = TestQueueServer.start(dir, broker.uri());
             HallDisplay evaluator = HallDisplay.open(Screens.evaluator(broker.uri(), "5", server.url()),
                     Clock.systemUTC(), SpeechEngine.SILENT, (name, clip) -> { })) {
            Screens.show(evaluator.config(), evaluator::startScreen);
            Screens.await(() -> Screens.visible("#evaluator-idle"), Duration.ofSeconds(10), () -> Screens.allText(".evaluator"));

            HallRestClient clerk = server.clerk("clerk05");
            clerk.signIn("5");
            TicketView ticket = server.manager().issueTicket(new IssueTicketRequest("rated-1", "market", null, null, null, null));
            clerk.callNext("5");
            clerk.finish("5");
            Screens.await(() -> Screens.text("#rate-ticket").equals("号码 " + ticket.number()), Duration.ofSeconds(10),
                    () -> Screens.allText(".evaluator"));
            assertThat(Screens.visible("#phone-qr")).isTrue();

            tap("#level-DISSATISFIED");
            assertThat(Screens.visible("#rate-submit")).isTrue();
            tap("#rate-submit");
            assertThat(Screens.text("#rate-message")).isEqualTo("请至少选择一个原因");
            tap("#reason-LONG_WAIT");
            tap("#rate-submit");
            Screens.await(() -> Screens.text("#rate-done").equals("感谢您的评价！") && Screens.visible("#rate-done"),
                    Duration.ofSeconds(10), () -> Screens.allText(".evaluator"));

            RatingView recorded = server.manager().ratings().stream().filter(r -> r.ticketId().equals(ticket.ticketId()))
                    .findFirst().orElseThrow();
            assertThat(recorded.level()).isEqualTo("DISSATISFIED");
            assertThat(recorded.reasons()).containsExactly("LONG_WAIT");
            assertThat(recorded.channel()).isEqualTo("EVALUATOR");
            assertThat(recorded.clerk()).isEqualTo("clerk05");
            // Answered: the request is withdrawn, so the screen goes back to its welcome.
            Screens.await(() -> Screens.visible("#evaluator-idle"), Duration.ofSeconds(10), () -> Screens.allText(".evaluator"));
        }
    }
}
