package org.onewindow.server.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.message.RatingResult;
import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.testsupport.TestBroker;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.QueueServerApplication;
import org.onewindow.server.calling.CallingService;
import org.onewindow.server.testsupport.TestRedis;
import org.onewindow.server.ticket.TicketService;

/**
 * Two server instances on one Redis and one broker, as a hall runs them: a rating an evaluator
 * sends is recorded and answered once. When every instance heard it, one recorded it and the
 * other answered the evaluator "already rated".
 */
class EvaluatorRatingsAcrossInstancesTest {

    private static final String HALL = "testhall";
    private static final HallTopics TOPICS = HallTopics.forHall(HALL);
    private static final TestBroker BROKER = new TestBroker();
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void start() {
        // A hall of its own on the shared test Redis: nothing another test left there is seen.
        first = instance("a");
        second = instance("b");
    }

    private static ConfigurableApplicationContext instance(String name) {
        return new SpringApplicationBuilder(QueueServerApplication.class).run("--server.port=0",
                "--spring.main.banner-mode=off", "--onewindow.data-dir=" + dataDir.resolve(name),
                "--onewindow.redis.embedded=false", "--onewindow.redis.port=" + TestRedis.embeddedPort(),
                "--onewindow.mqtt.embedded-broker=false", "--onewindow.mqtt.url=" + BROKER.uri(),
                "--onewindow.identity.secret=the-same-for-every-instance",
                "--onewindow.halls.files=classpath:halls/test-hall.yml");
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
        BROKER.close();
    }

    @Test
    void anEvaluatorsRatingIsRecordedAndAnsweredOnceHoweverManyInstancesRun() {
        List<RatingRequest> requests = new CopyOnWriteArrayList<>();
        List<RatingResult> results = new CopyOnWriteArrayList<>();
        try (MqttGateway evaluator = MqttGateways.connect(MqttOptions.of(BROKER.uri(), "evaluator-" + UUID.randomUUID()))) {
            evaluator.subscribe(TOPICS.evaluatorPending("3"), 1, (topic, payload, retained) -> {
                if (payload.length > 0) {
                    requests.add(JsonCodec.fromBytes(payload, RatingRequest.class));
                }
            }).join();
            evaluator.subscribe(TOPICS.evaluatorResult("3"), 1,
                    (topic, payload, retained) -> results.add(JsonCodec.fromBytes(payload, RatingResult.class))).join();
            String ticket = served(first, "3");
            RatingRequest request = await().atMost(Duration.ofSeconds(15)).until(
                    () -> requests.stream().filter(r -> r.ticketId().equals(ticket)).findFirst().orElse(null), r -> r != null);

            evaluator.publish(TOPICS.evaluatorRating("3"), JsonCodec.toBytes(new RatingSubmission(request.token(),
                    "VERY_SATISFIED", List.of(), "", "evaluator-3")), 1, false).join();

            await().atMost(Duration.ofSeconds(15)).until(() -> !results.isEmpty());
            // Any second answer would come within milliseconds of the first.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> results.size() == 1);
            assertThat(results).singleElement().satisfies(r -> {
                assertThat(r.accepted()).isTrue();
                assertThat(r.token()).isEqualTo(request.token());
            });
        }
    }

    @Test
    void aRatingEmptiesTheWindowsRequestUnlessTheNextCitizensIsThereAlready() {
        List<String> pending = new CopyOnWriteArrayList<>();
        List<RatingRequest> requests = new CopyOnWriteArrayList<>();
        List<RatingResult> results = new CopyOnWriteArrayList<>();
        try (MqttGateway evaluator = MqttGateways.connect(MqttOptions.of(BROKER.uri(), "evaluator-" + UUID.randomUUID()))) {
            evaluator.subscribe(TOPICS.evaluatorPending("4"), 1, (topic, payload, retained) -> {
                pending.add(payload.length == 0 ? "" : JsonCodec.fromBytes(payload, RatingRequest.class).ticketId());
                if (payload.length > 0) {
                    requests.add(JsonCodec.fromBytes(payload, RatingRequest.class));
                }
            }).join();
            evaluator.subscribe(TOPICS.evaluatorResult("4"), 1,
                    (topic, payload, retained) -> results.add(JsonCodec.fromBytes(payload, RatingResult.class))).join();

            // Rated while the window still asks for it: the request goes.
            String first = served(second, "4");
            RatingRequest asked = await().atMost(Duration.ofSeconds(15)).until(
                    () -> requests.stream().filter(r -> r.ticketId().equals(first)).findFirst().orElse(null), r -> r != null);
            rate(evaluator, asked);
            await().atMost(Duration.ofSeconds(15)).until(() -> results.size() == 1 && pending.get(pending.size() - 1).isEmpty());

            // Rated after the window asked for the next citizen's rating: that one stays.
            String earlier = served(first(), "4");
            RatingRequest earlierAsked = await().atMost(Duration.ofSeconds(15)).until(
                    () -> requests.stream().filter(r -> r.ticketId().equals(earlier)).findFirst().orElse(null), r -> r != null);
            String next = served(second, "4");
            await().atMost(Duration.ofSeconds(15)).until(() -> pending.get(pending.size() - 1).equals(next));
            rate(evaluator, earlierAsked);
            await().atMost(Duration.ofSeconds(15)).until(() -> results.size() == 2);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> pending.get(pending.size() - 1).equals(next));
            assertThat(results).allSatisfy(r -> assertThat(r.accepted()).isTrue());
        }
    }

    private static ConfigurableApplicationContext first() {
        return first;
    }

    private static void rate(MqttGateway evaluator, RatingRequest request) {
        evaluator.publish(TOPICS.evaluatorRating("4"), JsonCodec.toBytes(new RatingSubmission(request.token(),
                "SATISFIED", List.of(), "", "evaluator-4")), 1, false).join();
    }

    /** A ticket issued, called and finished at the window, on the given instance. */
    private static String served(ConfigurableApplicationContext instance, String windowNo) {
        TicketService tickets = instance.getBean(TicketService.class);
        CallingService calling = instance.getBean(CallingService.class);
        String ticket = tickets.issue(HALL, new IssueTicketRequest(UUID.randomUUID().toString(), "biz", null, null, null, null),
                "kiosk-1").ticket().ticketId();
        String clerk = "clerk0" + windowNo;
        calling.signIn(HALL, windowNo, clerk);
        while (!calling.callNext(HALL, windowNo, clerk).orElseThrow().ticketId().equals(ticket)) {
            calling.finish(HALL, windowNo, clerk, new FinishRequest("SERVED", List.of(), ""));
        }
        calling.finish(HALL, windowNo, clerk, new FinishRequest("SERVED", List.of(), ""));
        return ticket;
    }
}
