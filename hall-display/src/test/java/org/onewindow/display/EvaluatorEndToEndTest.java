package org.onewindow.display;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.control.ButtonBase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.display.testsupport.Screens;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.protocol.testsupport.TestBroker;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.display.voice.SpeechEngine;
import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.message.WindowScreen;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.RatingView;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.testsupport.HallRestDriver;
import org.onewindow.server.testsupport.DemoHallServer;

/**
 * The counter's evaluator against the real server and broker: a service finished at window 5 is
 * offered for rating, a bad rating asks for a reason, and the server records it once; the request
 * stays for its minimum when the clerk calls the next ticket at once, across a restart of the
 * evaluator too.
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
             DemoHallServer server = DemoHallServer.onBroker(dir, broker.uri());
             HallDisplay evaluator = HallDisplay.open(Screens.evaluator(broker.uri(), "5", server.url()),
                     Clock.systemUTC(), SpeechEngine.SILENT, (name, clip) -> { })) {
            Screens.show(evaluator.config(), evaluator::startScreen);
            Screens.await(() -> Screens.visible("#evaluator-idle"), Duration.ofSeconds(10), () -> Screens.allText(".evaluator"));

            HallRestDriver clerk = server.clerk("clerk05");
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

    @Test
    void theRatingRequestOutlastsTheNextCallAndARestartAndIsRecordedOnce() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (TestBroker broker = new TestBroker();
             DemoHallServer server = DemoHallServer.onBroker(dir, broker.uri());
             MqttGateway observer = MqttGateways.connect(MqttOptions.of(broker.uri(), "observer-5"))) {
            List<byte[]> withdrawn = legacyRequests(observer);
            HallDisplay evaluator = HallDisplay.open(Screens.evaluator(broker.uri(), "5", server.url()), clock,
                    SpeechEngine.SILENT, (name, clip) -> { });
            Screens.show(evaluator.config(), evaluator::startScreen);
            Screens.await(() -> Screens.visible("#evaluator-idle"), Duration.ofSeconds(10), () -> Screens.allText(".evaluator"));

            HallRestDriver clerk = server.clerk("clerk05");
            clerk.signIn("5");
            TicketView first = server.manager().issueTicket(new IssueTicketRequest("held-1", "market", null, null, null, null));
            TicketView second = server.manager().issueTicket(new IssueTicketRequest("held-2", "market", null, null, null, null));
            clerk.callNext("5");
            clerk.finish("5");
            clerk.callNext("5");
            // The evaluator has heard of the next call, and the server has withdrawn the request as
            // it always did for evaluators that go back to their welcome at once ...
            Screens.await(() -> serving(evaluator).equals(second.number()) && withdrawn.size() >= 2
                    && withdrawn.get(withdrawn.size() - 1).length == 0, Duration.ofSeconds(10), withdrawn::toString);
            // ... yet the first citizen can still rate.
            assertThat(asksAbout(first)).as(Screens.allText(".evaluator")).isTrue();
            assertThat(Screens.visible("#level-VERY_SATISFIED")).isTrue();

            // The evaluator restarts within the minimum: it asks again, from the broker's retained state.
            evaluator.close();
            try (HallDisplay restarted = HallDisplay.open(Screens.evaluator(broker.uri(), "5", server.url()), clock,
                    SpeechEngine.SILENT, (name, clip) -> { })) {
                Screens.show(restarted.config(), restarted::startScreen);
                Screens.await(() -> asksAbout(first) && serving(restarted).equals(second.number()), Duration.ofSeconds(10),
                        () -> Screens.allText(".evaluator"));

                tap("#level-VERY_SATISFIED");
                Screens.await(() -> Screens.text("#rate-done").equals("感谢您的评价！") && Screens.visible("#rate-done"),
                        Duration.ofSeconds(10), () -> Screens.allText(".evaluator"));
                assertThat(server.manager().ratings().stream().filter(r -> r.ticketId().equals(first.ticketId())))
                        .singleElement().satisfies(r -> {
                            assertThat(r.level()).isEqualTo("VERY_SATISFIED");
                            assertThat(r.channel()).isEqualTo("EVALUATOR");
                        });
                clock.advance(Duration.ofSeconds(6));
                Screens.await(() -> Screens.visible("#evaluator-idle"), Duration.ofSeconds(10), () -> Screens.allText(".evaluator"));
            }
        }
    }

    @Test
    void aSecondFinishWaitsForTheFirstRequestsMinimumAndTheFirstStaysRateableByPhone() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (TestBroker broker = new TestBroker();
             DemoHallServer server = DemoHallServer.onBroker(dir, broker.uri());
             MqttGateway observer = MqttGateways.connect(MqttOptions.of(broker.uri(), "observer-5"));
             HallDisplay evaluator = HallDisplay.open(Screens.evaluator(broker.uri(), "5", server.url()), clock,
                     SpeechEngine.SILENT, (name, clip) -> { })) {
            List<byte[]> requests = legacyRequests(observer);
            Screens.show(evaluator.config(), evaluator::startScreen);
            Screens.await(() -> Screens.visible("#evaluator-idle"), Duration.ofSeconds(10), () -> Screens.allText(".evaluator"));

            HallRestDriver clerk = server.clerk("clerk05");
            clerk.signIn("5");
            TicketView first = server.manager().issueTicket(new IssueTicketRequest("quick-1", "market", null, null, null, null));
            TicketView second = server.manager().issueTicket(new IssueTicketRequest("quick-2", "market", null, null, null, null));
            clerk.callNext("5");
            clerk.finish("5");
            clerk.callNext("5");
            clerk.finish("5");
            Screens.await(() -> requestFor(requests, second) != null, Duration.ofSeconds(10), requests::toString);
            Screens.await(() -> evaluator.evaluator().orElseThrow().pending().map(RatingRequest::ticketId)
                    .orElse("").equals(second.ticketId()), Duration.ofSeconds(10), () -> "no second request");
            assertThat(asksAbout(first)).as("the first citizen's minimum has not passed: " + Screens.allText(".evaluator"))
                    .isTrue();

            // The evaluator counts from the service's end, as the server stamped it.
            clock.set(requestFor(requests, first).at().plusSeconds(20));
            Screens.await(() -> asksAbout(second), Duration.ofSeconds(10), () -> Screens.allText(".evaluator"));
            // The first citizen walked away unrated; the phone link still rates that service.
            HttpResponse<String> phone = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/api/ratings"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + requestFor(requests, first).token()
                            + "\",\"level\":\"SATISFIED\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(phone.statusCode()).as(phone.body()).isEqualTo(200);

            tap("#level-BASIC");
            Screens.await(() -> Screens.visible("#rate-done"), Duration.ofSeconds(10), () -> Screens.allText(".evaluator"));
            Screens.await(() -> server.manager().ratings().size() == 2, Duration.ofSeconds(10), () -> "ratings");
            assertThat(server.manager().ratings()).extracting(r -> r.ticketNumber() + " " + r.level() + " " + r.channel())
                    .containsExactlyInAnyOrder(first.number() + " SATISFIED PHONE", second.number() + " BASIC EVALUATOR");
        }
    }

    /** What the server sends on window 5's request topic, which evaluators of every release follow. */
    private static List<byte[]> legacyRequests(MqttGateway observer) {
        List<byte[]> seen = new CopyOnWriteArrayList<>();
        observer.subscribe(HallTopics.forHall(DemoHallServer.HALL).evaluatorRequest("5"), 1,
                (topic, payload, retained) -> seen.add(payload == null ? new byte[0] : payload));
        return seen;
    }

    private static RatingRequest requestFor(List<byte[]> requests, TicketView ticket) {
        return requests.stream().filter(p -> p.length > 0)
                .map(p -> JsonCodec.fromBytes(p, RatingRequest.class))
                .filter(r -> r.ticketId().equals(ticket.ticketId())).findFirst().orElse(null);
    }

    private static boolean asksAbout(TicketView ticket) {
        return Screens.visible("#rate-ticket") && Screens.text("#rate-ticket").equals("号码 " + ticket.number());
    }

    private static String serving(HallDisplay display) {
        return display.feed().current().window("5").map(WindowScreen::servingTicket).orElse("");
    }
}
