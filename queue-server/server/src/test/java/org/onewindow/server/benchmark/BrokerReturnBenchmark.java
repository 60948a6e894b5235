package org.onewindow.server.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.testsupport.TestBroker;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.testsupport.TestServer;

/**
 * What a board that comes up after the hall's broker restarted waits for: the broker (Moquette
 * without persistence, so it comes back empty) is stopped and started again on the same port while
 * the hall is quiet, after outages of 0 to 20 s; right after it is back, a fresh board connects and
 * subscribes. Prints, per outage, the milliseconds from the broker being back to the board holding
 * the hall's current board state, which the server republishes once it has reconnected. Target:
 * under 1 s. Run with
 * {@code mvn -pl queue-server/server -am test -Pbenchmark -Dtest=BrokerReturnBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokerReturnBenchmark {

    private static final TestBroker BROKER = new TestBroker();
    private static final HallTopics TOPICS = HallTopics.forHall("testhall");
    private static final int[] OUTAGE_SECONDS = {0, 1, 2, 3, 5, 8, 13, 20};

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
        registry.add("onewindow.mqtt.embedded-broker", () -> false);
        registry.add("onewindow.mqtt.url", BROKER::uri);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Test
    void aFreshBoardGetsTheHallSoonAfterTheBrokerIsBack() throws Exception {
        assertThat(boardAfterConnecting().get(30, TimeUnit.SECONDS)).as("the board is published before the restarts").isPositive();
        List<String> rows = new ArrayList<>();
        // The floor: a fresh board on a broker that stayed up and holds the retained state.
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            long boardAt = boardAfterConnecting().get(30, TimeUnit.SECONDS);
            rows.add("%-20s %8.0f ms".formatted("broker stayed up", (boardAt - start) / 1e6));
        }
        for (int outage : OUTAGE_SECONDS) {
            BROKER.stop();
            // The outage itself: the server's gateway keeps trying meanwhile, as it would in the hall.
            Thread.sleep(outage * 1000L);
            BROKER.start();
            long back = System.nanoTime();
            long boardAt = boardAfterConnecting().get(60, TimeUnit.SECONDS);
            rows.add("%-20s %8.0f ms".formatted("outage " + outage + " s", (boardAt - back) / 1e6));
        }
        System.out.println("board state held by a fresh board, counted from its connecting (broker up) or from the broker"
                + " being back (target < 1000 ms):");
        rows.forEach(System.out::println);
    }

    /** Connects a new board and completes with the System.nanoTime() at which it held the board state. */
    private static CompletableFuture<Long> boardAfterConnecting() {
        CompletableFuture<Long> held = new CompletableFuture<>();
        MqttGateway board = MqttGateways.connect(MqttOptions.of(BROKER.uri(), "board-" + UUID.randomUUID()));
        board.subscribe(TOPICS.board(), 1, (topic, payload, retained) -> held.complete(System.nanoTime()));
        return held.whenComplete((at, e) -> CompletableFuture.runAsync(board::close));
    }
}
