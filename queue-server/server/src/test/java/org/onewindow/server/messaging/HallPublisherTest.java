package org.onewindow.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.CallAnnouncement;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.message.WindowScreen;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.calling.CallingService;
import org.onewindow.server.testsupport.TestServer;
import org.onewindow.server.ticket.TicketService;
import org.onewindow.server.testsupport.TestDevices;

/** A real server with its embedded Redis and broker: changes arrive over MQTT as a board would see them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HallPublisherTest {

    private static final HallTopics TOPICS = HallTopics.forHall("testhall");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @Autowired
    HallConnections connections;
    @Autowired
    TicketService tickets;
    @Autowired
    CallingService calling;

    private final List<MqttGateway> boards = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        boards.forEach(MqttGateway::close);
    }

    private Map<String, byte[]> board(List<CallAnnouncement> calls) {
        Map<String, byte[]> retained = new ConcurrentHashMap<>();
        MqttGateway board = MqttGateways.connect(TestDevices.watcher(connections.brokerUri(), "board"));
        boards.add(board);
        board.subscribe(TOPICS.everything(), 1, (topic, payload, isRetained) -> {
            if (topic.equals(TOPICS.calls())) {
                calls.add(JsonCodec.fromBytes(payload, CallAnnouncement.class));
            } else {
                retained.put(topic, payload);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(board::isConnected);
        return retained;
    }

    private String issue(String area) {
        return tickets.issue("testhall", new IssueTicketRequest(UUID.randomUUID().toString(), area, null, null, null, null),
                "kiosk-1").ticket().number();
    }

    @Test
    void aCallArrivesWithinASecondAndALateBoardSeesTheCurrentStateAtOnce() {
        List<CallAnnouncement> calls = new CopyOnWriteArrayList<>();
        board(calls);
        String number = issue("social");
        calling.signIn("testhall", "9", "clerk09");
        String called = calling.callNext("testhall", "9", "clerk09").orElseThrow().number();

        await().atMost(Duration.ofSeconds(1)).until(() -> calls.stream().anyMatch(c -> c.ticketNumber().equals(called)));
        CallAnnouncement call = calls.stream().filter(c -> c.ticketNumber().equals(called)).findFirst().orElseThrow();
        assertThat(call.windowNo()).isEqualTo("9");
        assertThat(call.areaName()).isEqualTo("社保医保");
        assertThat(number).startsWith("C");

        Map<String, byte[]> late = board(new CopyOnWriteArrayList<>());
        await().atMost(Duration.ofSeconds(2)).until(() -> late.containsKey(TOPICS.board())
                && late.containsKey(TOPICS.windowScreen("9")) && late.containsKey(TOPICS.areaQueue("social")));
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
            BoardState board = JsonCodec.fromBytes(late.get(TOPICS.board()), BoardState.class);
            assertThat(board.recentCalls()).anyMatch(c -> c.ticketNumber().equals(called) && c.windowNo().equals("9"));
            WindowScreen screen = JsonCodec.fromBytes(late.get(TOPICS.windowScreen("9")), WindowScreen.class);
            assertThat(screen.servingTicket()).isEqualTo(called);
            assertThat(screen.status()).isEqualTo("OPEN");
        });
        assertThat(JsonCodec.fromBytes(late.get(TOPICS.serverPresence()), DevicePresence.class).online()).isTrue();
    }

    @Test
    void theBoardsSequenceOnlyGrowsAndQueuesFollowIssuedTickets() {
        Map<String, byte[]> retained = board(new CopyOnWriteArrayList<>());
        issue("estate");
        await().atMost(Duration.ofSeconds(2)).until(() -> retained.containsKey(TOPICS.areaQueue("estate")));
        long first = JsonCodec.fromBytes(retained.get(TOPICS.board()), BoardState.class).seq();
        issue("estate");
        await().atMost(Duration.ofSeconds(2)).until(() ->
                JsonCodec.fromBytes(retained.get(TOPICS.board()), BoardState.class).seq() > first);
        AreaQueue estate = JsonCodec.fromBytes(retained.get(TOPICS.areaQueue("estate")), AreaQueue.class);
        assertThat(estate.waiting()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anAreaShownAsBeforeIsNotSentAgainWhenAnotherChanges() {
        Map<String, Integer> received = new ConcurrentHashMap<>();
        Map<String, byte[]> retained = new ConcurrentHashMap<>();
        MqttGateway board = MqttGateways.connect(TestDevices.watcher(connections.brokerUri(), "board"));
        boards.add(board);
        board.subscribe(TOPICS.everything(), 1, (topic, payload, isRetained) -> {
            received.merge(topic, 1, Integer::sum);
            retained.put(topic, payload);
        });
        issue("estate");
        await().atMost(Duration.ofSeconds(2)).until(() -> retained.containsKey(TOPICS.areaQueue("biz"))
                && retained.containsKey(TOPICS.areaQueue("estate")));
        int waiting = JsonCodec.fromBytes(retained.get(TOPICS.areaQueue("estate")), AreaQueue.class).waiting();
        int bizBefore = received.get(TOPICS.areaQueue("biz"));

        for (int i = 0; i < 3; i++) {
            issue("estate");
            int shown = waiting + i + 1;
            // One publishing of the hall each: the estate queue shows each ticket before the next is issued.
            await().atMost(Duration.ofSeconds(2)).until(() ->
                    JsonCodec.fromBytes(retained.get(TOPICS.areaQueue("estate")), AreaQueue.class).waiting() == shown);
        }

        // The business area, published before the estate queue in each publishing, did not change.
        assertThat(received.get(TOPICS.areaQueue("biz"))).isEqualTo(bizBefore);
        assertThat(JsonCodec.fromBytes(retained.get(TOPICS.board()), BoardState.class).areas())
                .anyMatch(a -> a.areaId().equals("estate") && a.waiting() == waiting + 3);
    }
}
