package org.onewindow.protocol.rpc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.testsupport.TestBroker;
import org.onewindow.protocol.topic.HallTopics;

/** MQTT 5 request/response against a real broker: answers, timeouts, lost and malformed replies. */
class MqttRequestResponseTest {

    /** A request body and its answer. */
    record Echo(String text) {
    }

    /** One broker for the class (it takes seconds to stop); each test has a hall of its own. */
    private static TestBroker broker;
    private final HallTopics topics = HallTopics.forHall("h" + UUID.randomUUID().toString().substring(0, 8));
    private final List<MqttGateway> gateways = new ArrayList<>();

    @BeforeAll
    static void startBroker() {
        broker = new TestBroker();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @AfterEach
    void close() {
        gateways.forEach(MqttGateway::close);
    }

    private MqttGateway connect(String id) {
        MqttGateway g = MqttGateways.connect(MqttOptions.of(broker.uri(), id + "-" + UUID.randomUUID()));
        gateways.add(g);
        await().atMost(Duration.ofSeconds(5)).until(g::isConnected);
        return g;
    }

    private MqttRequester terminal() {
        return new MqttRequester(connect("terminal"), topics, "terminal-1");
    }

    @Test
    void anAnswerFindsItsRequestAmongManyAtOnce() throws Exception {
        new MqttResponder(connect("server"), topics, topics.allDeviceRequests(), (device, operation, payload) ->
                RpcReply.of(JsonCodec.toJson(new Echo(JsonCodec.fromBytes(payload, Echo.class).text().toUpperCase()))));
        MqttRequester terminal = terminal();
        List<CompletableFuture<Echo>> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(terminal.request("echo", new Echo("ask" + i), Echo.class, Duration.ofSeconds(5)));
        }
        for (int i = 0; i < 30; i++) {
            assertThat(answers.get(i).get(5, TimeUnit.SECONDS).text()).isEqualTo("ASK" + i);
        }
        assertThat(terminal.waiting()).isZero();
    }

    @Test
    void aRefusalArrivesWithItsCode() {
        new MqttResponder(connect("server"), topics, topics.allDeviceRequests(),
                (device, operation, payload) -> RpcReply.refused("SLOT_FULL", "the 09:00 slot is fully booked"));
        CompletableFuture<Echo> answer = terminal().request("book", new Echo("x"), Echo.class,
                Duration.ofSeconds(5));
        assertThatThrownBy(answer::join).isInstanceOf(CompletionException.class).cause()
                .isInstanceOf(RpcException.class).hasMessageContaining("fully booked");
    }

    @Test
    void noAnswerTimesOutAndALateOneIsDropped() throws Exception {
        MqttGateway server = connect("server");
        List<MqttGateway.Exchange> requests = new CopyOnWriteArrayList<>();
        // A server that hears but does not answer in time (a lost reply looks the same to the terminal).
        server.subscribeToExchanges(topics.allDeviceRequests(), 1, (topic, payload, exchange) -> requests.add(exchange)).join();
        MqttRequester terminal = terminal();
        CompletableFuture<RpcReply> answer = terminal.request("cases.mine",
                "{}".getBytes(StandardCharsets.UTF_8), Duration.ofMillis(400));
        assertThatThrownBy(answer::join).cause().isInstanceOf(RpcException.class)
                .satisfies(e -> assertThat(((RpcException) e).code()).isEqualTo("TIMEOUT"));
        await().until(() -> requests.size() == 1);
        server.publishExchange(requests.get(0).responseTopic(), JsonCodec.toBytes(RpcReply.of("{}")), 1,
                new MqttGateway.Exchange("", requests.get(0).correlationData())).get(5, TimeUnit.SECONDS);
        assertThat(terminal.waiting()).isZero();
    }

    @Test
    void aMalformedAnswerFailsTheRequestWithoutHarm() {
        MqttGateway server = connect("server");
        server.subscribeToExchanges(topics.allDeviceRequests(), 1, (topic, payload, exchange) ->
                server.publishExchange(exchange.responseTopic(), "{not json".getBytes(StandardCharsets.UTF_8), 1,
                        new MqttGateway.Exchange("", exchange.correlationData()))).join();
        CompletableFuture<RpcReply> answer = terminal().request("cases.mine",
                "{}".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(5));
        assertThatThrownBy(answer::join).cause().isInstanceOf(RpcException.class)
                .satisfies(e -> assertThat(((RpcException) e).code()).isEqualTo("MALFORMED_REPLY"));
    }

    @Test
    void theAnswerGoesToTheDeviceOfTheTopicWhateverResponseTopicTheRequestNames() throws Exception {
        List<String> askers = new CopyOnWriteArrayList<>();
        new MqttResponder(connect("server"), topics, topics.allDeviceRequests(), (device, operation, payload) -> {
            askers.add(device + " " + operation);
            return RpcReply.of("{}");
        });
        List<String> elsewhere = new CopyOnWriteArrayList<>();
        MqttGateway watcher = connect("watcher");
        watcher.subscribe(topics.calls(), 1, (topic, payload, retained) -> elsewhere.add(topic)).join();
        watcher.subscribe(topics.deviceReplies("terminal-1"), 1, (topic, payload, retained) -> elsewhere.add(topic)).join();
        List<String> attackersReplies = new CopyOnWriteArrayList<>();
        MqttGateway attacker = connect("attacker");
        attacker.subscribe(topics.deviceReplies("attacker"), 1, (topic, payload, retained) -> attackersReplies.add(topic)).join();

        for (String aimedAt : List.of(topics.calls(), topics.deviceReplies("terminal-1"))) {
            attacker.publishExchange(topics.deviceRequest("attacker", "echo"), "{}".getBytes(StandardCharsets.UTF_8), 1,
                    new MqttGateway.Exchange(aimedAt, new byte[] {1})).get(5, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> attackersReplies.size() == 2);
        assertThat(askers).containsExactly("attacker echo", "attacker echo");
        assertThat(elsewhere).isEmpty();
    }

    @Test
    void withoutAConnectionARequestWaitsForItOnlyWithinItsTimeout() {
        MqttGateway offline = MqttGateways.connect(MqttOptions.of("tcp://127.0.0.1:1", "offline-" + UUID.randomUUID()));
        gateways.add(offline);
        MqttRequester requester = new MqttRequester(offline, topics, "t");
        CompletableFuture<RpcReply> answer = requester.request("echo", new byte[0], Duration.ofSeconds(1));
        assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(RpcException.class)
                .satisfies(e -> assertThat(((RpcException) e).code()).isEqualTo("TIMEOUT"));
        assertThat(requester.waiting()).isZero();
    }

    @Test
    void aRequestMadeWhileConnectingIsSentOnceConnected() throws Exception {
        new MqttResponder(connect("server"), topics, topics.allDeviceRequests(), (device, operation, payload) ->
                RpcReply.of(JsonCodec.toJson(new Echo("pong"))));
        // Not awaited: the terminal has just started and asks at once.
        MqttGateway starting = MqttGateways.connect(MqttOptions.of(broker.uri(), "starting-" + UUID.randomUUID()));
        gateways.add(starting);
        MqttRequester requester = new MqttRequester(starting, topics, "starting");
        CompletableFuture<Echo> answer = requester.request("echo", new Echo("ping"), Echo.class,
                Duration.ofSeconds(5));
        assertThat(answer.get(10, TimeUnit.SECONDS).text()).isEqualTo("pong");
    }

    /** A server that says "not now" to the first {@code notNow} requests it hears, recording each one's correlation id. */
    private List<String> serverNotNowFor(int notNow) {
        MqttGateway server = connect("server");
        List<String> heard = new CopyOnWriteArrayList<>();
        server.subscribeToExchanges(topics.allDeviceRequests(), 1, (topic, payload, exchange) -> {
            heard.add(new String(exchange.correlationData(), StandardCharsets.UTF_8));
            RpcReply reply = heard.size() <= notNow ? RpcReply.refused(RpcReply.UNAVAILABLE, "the hall's data store is starting up")
                    : RpcReply.of(JsonCodec.toJson(new Echo("pong")));
            server.publishExchange(exchange.responseTopic(), JsonCodec.toBytes(reply), 1,
                    new MqttGateway.Exchange("", exchange.correlationData()));
        }).join();
        return heard;
    }

    @Test
    void aRequestTheServerCannotAnswerForAMomentIsSentAgainWithTheSameIdUntilAnswered() throws Exception {
        List<String> heard = serverNotNowFor(2);

        CompletableFuture<Echo> answer = terminal().request("cases.mine", new Echo("ping"), Echo.class,
                Duration.ofSeconds(10));

        assertThat(answer.get(10, TimeUnit.SECONDS).text()).isEqualTo("pong");
        assertThat(heard).hasSize(3);
        assertThat(heard).containsOnly(heard.get(0));
    }

    @Test
    void aServerSayingNotNowUntilTheTimeIsUpLeavesARequestToBeAskedAgainLater() {
        serverNotNowFor(Integer.MAX_VALUE);

        CompletableFuture<Echo> answer = terminal().request("cases.mine", new Echo("ping"), Echo.class,
                Duration.ofMillis(1500));

        assertThatThrownBy(answer::join).cause().isInstanceOf(RpcException.class).satisfies(e -> {
            assertThat(((RpcException) e).code()).isEqualTo(RpcReply.UNAVAILABLE);
            assertThat(((RpcException) e).unanswered()).isTrue();
        });
    }
}
