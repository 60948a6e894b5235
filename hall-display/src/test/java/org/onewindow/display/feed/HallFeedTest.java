package org.onewindow.display.feed;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.onewindow.protocol.testsupport.TestBroker;
import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.CallAnnouncement;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.message.RecentCall;
import org.onewindow.protocol.message.WindowScreen;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.topic.HallTopics;

/** The feed against a real broker, with the test publishing what the queue server would. */
class HallFeedTest {

    private static final AtomicInteger HALLS = new AtomicInteger();
    /** One broker for the class (it takes seconds to stop); each test has a hall of its own. */
    private static TestBroker sharedBroker;

    private final String hall = "hall" + HALLS.incrementAndGet();
    private final HallTopics topics = HallTopics.forHall(hall);
    private TestBroker broker;
    private MqttGateway server;
    private MqttGateway displayLink;
    private final List<CallAnnouncement> calls = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBroker() throws Exception {
        sharedBroker = new TestBroker();
    }

    @AfterAll
    static void stopBroker() {
        sharedBroker.close();
    }

    @BeforeEach
    void connect() {
        useBroker(sharedBroker);
    }

    private void useBroker(TestBroker b) {
        if (server != null) {
            server.close();
        }
        broker = b;
        server = MqttGateways.connect(MqttOptions.of(broker.uri(), "test-server-" + hall));
        await().until(server::isConnected);
    }

    @AfterEach
    void close() {
        if (displayLink != null) {
            displayLink.close();
        }
        server.close();
        if (broker != sharedBroker) {
            broker.close();
        }
    }

    private HallFeed board() {
        displayLink = MqttGateways.connect(MqttOptions.of(broker.uri(), "test-board-" + hall));
        HallFeed feed = new HallFeed(displayLink, hall, Clock.systemUTC()).followBoard();
        feed.addListener(new HallFeed.Listener() {
            @Override
            public void stateChanged(DisplayState state) {
            }

            @Override
            public void called(CallAnnouncement call) {
                calls.add(call);
            }
        });
        return feed;
    }

    private BoardState board(long seq, String newestTicket) {
        return new BoardState(hall, "临夏州政府政务服务中心", seq, Instant.now(),
                List.of(new RecentCall("c" + seq, newestTicket, "5", "market", "市场监管", Instant.now(), false)),
                List.of(new AreaQueue(hall, "market", "市场监管", "Market", "B", 3, 2, 600L, 120, seq, Instant.now(), false)),
                List.of(), "");
    }

    private void publish(String topic, Object message, boolean retained) throws Exception {
        server.publish(topic, JsonCodec.toBytes(message), 1, retained).get(5, TimeUnit.SECONDS);
    }

    private void publishRaw(String topic, String payload) throws Exception {
        server.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false).get(5, TimeUnit.SECONDS);
    }

    private CallAnnouncement call(String id, String ticket) {
        return new CallAnnouncement(hall, id, 1, ticket, "5", "market", "市场监管", 0, Instant.now());
    }

    @Test
    void aBoardStartedLateShowsTheRetainedStateAtOnce() throws Exception {
        publish(topics.board(), board(7, "B007"), true);
        HallFeed feed = board();
        await().atMost(Duration.ofSeconds(5)).until(() -> feed.current().board() != null);
        assertThat(calls).as("calls made before it started are shown, not announced").isEmpty();
        assertThat(feed.current().board().recentCalls().get(0).ticketNumber()).isEqualTo("B007");
        assertThat(feed.current().connected()).isTrue();
        assertThat(feed.current().offline()).isFalse();
    }

    @Test
    void anOlderStateArrivingLateIsIgnoredAndUnreadableMessagesChangeNothing() throws Exception {
        HallFeed feed = board();
        await().until(displayLink::isConnected);
        publish(topics.board(), board(9, "B009"), true);
        await().until(() -> feed.current().board() != null && feed.current().board().seq() == 9);
        publish(topics.board(), board(8, "B008"), true);
        publishRaw(topics.board(), "{not json");
        publishRaw(topics.board(), "");
        publish(topics.board(), new BoardState("otherhall", "别的大厅", 50, Instant.now(), List.of(), List.of(), List.of(), ""), true);
        publish(topics.board(), board(10, "B010"), true);
        await().until(() -> feed.current().board().seq() == 10);
        assertThat(feed.current().board().recentCalls().get(0).ticketNumber()).isEqualTo("B010");
    }

    @Test
    void aCallDeliveredTwiceIsPassedOnOnceAndABrokenCallIsDropped() throws Exception {
        board();
        await().until(displayLink::isConnected);
        publish(topics.calls(), call("call-1", "B001"), false);
        publish(topics.calls(), call("call-1", "B001"), false);
        publishRaw(topics.calls(), "{\"hallId\":\"linxia\",\"callId\":\"x\",\"ticketNumber\":\"B002\",\"windowNo\":\"5/#\"}");
        publishRaw(topics.calls(), "[1,2,3]");
        publish(topics.calls(), call("call-2", "B002"), false);
        await().until(() -> calls.size() == 2);
        assertThat(calls).extracting(CallAnnouncement::ticketNumber).containsExactly("B001", "B002");
    }

    @Test
    void aWindowScreenFollowsOnlyItsWindow() throws Exception {
        displayLink = MqttGateways.connect(MqttOptions.of(broker.uri(), "test-window-" + hall));
        HallFeed feed = new HallFeed(displayLink, hall, Clock.systemUTC()).followWindow("5");
        publish(topics.windowScreen("6"), screen("6", "B006", 3), true);
        publish(topics.windowScreen("5"), screen("5", "B005", 4), true);
        await().until(() -> feed.current().window("5").isPresent());
        assertThat(feed.current().window("5").orElseThrow().servingTicket()).isEqualTo("B005");
        assertThat(feed.current().window("6")).isEmpty();
        // A message on window 5's topic that claims to be window 6 is refused.
        publish(topics.windowScreen("5"), screen("6", "X666", 9), true);
        publish(topics.windowScreen("5"), screen("5", "B008", 10), true);
        await().until(() -> feed.current().window("5").orElseThrow().servingTicket().equals("B008"));
        assertThat(feed.current().windows()).containsOnlyKeys("5");
    }

    @Test
    void theServerGoingAwayMarksTheStateOffline() throws Exception {
        HallFeed feed = board();
        publish(topics.board(), board(3, "B003"), true);
        publish(topics.serverPresence(), new DevicePresence("server", "SERVER", false, Instant.now()), true);
        await().until(() -> feed.current().board() != null && !feed.current().serverOnline());
        assertThat(feed.current().offline()).isTrue();
        publish(topics.serverPresence(), new DevicePresence("server", "SERVER", true, Instant.now()), true);
        await().until(() -> !feed.current().offline());
    }

    @Test
    void aServerThatStartsCountingAgainIsFollowedOnceItSaysItIsOnline() throws Exception {
        // The broker kept the board of the server's previous life, with a high seq.
        publish(topics.board(), board(900, "B900"), true);
        HallFeed feed = board();
        await().until(() -> feed.current().board() != null && feed.current().board().seq() == 900);
        publish(topics.board(), board(3, "B003"), true);
        publish(topics.serverPresence(), new DevicePresence("server", "SERVER", true, Instant.now()), true);
        publish(topics.board(), board(4, "B004"), true);
        await().until(() -> feed.current().board().seq() == 4);
        assertThat(feed.current().board().recentCalls().get(0).ticketNumber()).isEqualTo("B004");
    }

    @Test
    void afterABrokerRestartTheRepublishedStateIsShownEvenWithALowerSeq() throws Exception {
        useBroker(new TestBroker());
        HallFeed feed = board();
        publish(topics.board(), board(40, "B040"), true);
        await().until(() -> feed.current().board() != null && feed.current().board().seq() == 40);

        broker.stop();
        await().atMost(Duration.ofSeconds(10)).until(() -> !feed.current().connected());
        assertThat(feed.current().offline()).isTrue();
        assertThat(feed.current().board().seq()).as("the last known state stays").isEqualTo(40);

        broker.start();
        await().atMost(Duration.ofSeconds(20)).until(server::isConnected);
        // A server whose Redis was reset counts from 1 again; the broker's retained state is the truth.
        // B002 was called and then recalled meanwhile; a server of an earlier release lists both calls.
        BoardState recalled = board(2, "B002");
        publish(topics.board(), new BoardState(hall, recalled.hallName(), 2, Instant.now(), List.of(
                new RecentCall("c2-recall", "B002", "5", "market", "市场监管", Instant.now(), true),
                recalled.recentCalls().get(0)), recalled.areas(), List.of(), ""), true);
        await().atMost(Duration.ofSeconds(20)).until(() -> feed.current().connected() && feed.current().board().seq() == 2);
        assertThat(feed.current().board().recentCalls()).extracting(RecentCall::ticketNumber).containsExactly("B002");
        // The board was away for both calls: it hears of B002 from the board state, once, as the recall.
        assertThat(calls).extracting(CallAnnouncement::callId).containsExactly("c2-recall");
    }

    private WindowScreen screen(String windowNo, String ticket, long seq) {
        return new WindowScreen(hall, windowNo, "COMPREHENSIVE", false, List.of("market"), List.of("市场监管"), "OPEN",
                ticket, "张*", seq, Instant.now(), "企业开办综合受理");
    }
}
