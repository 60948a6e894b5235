package org.onewindow.server.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.protocol.testsupport.MosquittoProcess;
import org.onewindow.server.testsupport.DemoHallServer;
import org.onewindow.server.testsupport.TestPostgres;

/**
 * A clerk's call-next (REST) to the call arriving at a board subscribed on the broker, p50 and
 * p99, beside the same broker's raw publish → receive in the same run, at the same rate and QoS,
 * at the same time ({@link BoardLatency}); once on the server's embedded Moquette and once on a
 * Mosquitto of the benchmark's own (when the machine has one), the demo hall on a whole server
 * each time. Prints both and their ratio. The board side is the hall-display's feed without its
 * rendering ({@code CallToBoardBenchmark} in hall-display measures that). Run with
 * {@code mvn -B -ntp -pl queue-server/server -am test -Pbenchmark -Dtest=CallToBoardMqttBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dbench.calls=N}, {@code -Dbench.rate=N} calls a second).
 */
@Tag("benchmark")
class CallToBoardMqttBenchmark {

    private static final int CALLS = Integer.getInteger("bench.calls", 420);
    private static final int RATE = Integer.getInteger("bench.rate", 20);
    private static final int WARM_UP = 70;

    @TempDir
    Path dir;

    @Test
    void callToBoardBesideTheBrokersOwnLatency() throws Exception {
        List<BoardLatency.Figures> all = new ArrayList<>();
        try (DemoHallServer server = DemoHallServer.withEmbeddedBroker(dir.resolve("embedded"), records())) {
            all.add(measure(server, "Moquette, embedded in the server"));
        }
        if (MosquittoProcess.available()) {
            try (MosquittoProcess mosquitto = new MosquittoProcess(List.of("max_queued_messages 100000", "max_inflight_messages 100"));
                 DemoHallServer server = DemoHallServer.onBroker(dir.resolve("mosquitto"), mosquitto.uri(), records())) {
                all.add(measure(server, "Mosquitto, its own process"));
            }
        }
        print(all);
        for (BoardLatency.Figures f : all) {
            assertThat(f.callToBoard()).as(f.broker()).hasSize(CALLS / BoardLatency.WINDOWS * BoardLatency.WINDOWS);
            assertThat(f.raw()).as(f.broker()).hasSize(CALLS);
            // A call reaches the board after its REST answer began: never faster than the broker's own hop.
            assertThat(at(f.callToBoard(), 0.5)).as(f.broker()).isGreaterThan(at(f.raw(), 0.5));
        }
    }

    private static String[] records() {
        return new String[] {"onewindow.records.url=" + TestPostgres.freshDatabase(), "onewindow.records.username=postgres",
                "logging.level.org.onewindow=WARN"};
    }

    private static BoardLatency.Figures measure(DemoHallServer server, String broker) throws Exception {
        BoardLatency latency = new BoardLatency(server.port(), server.mqttUrl());
        latency.measure(broker, WARM_UP, RATE);
        return latency.measure(broker, CALLS, RATE);
    }

    private static void print(List<BoardLatency.Figures> all) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nBENCHMARK call -> board beside raw publish -> receive, %d calls at %d/s over %d windows, QoS 1%n",
                CALLS, RATE, BoardLatency.WINDOWS)).append(
                "| broker | calls | call-next answered p50 ms | p99 ms | call → board p50 ms | p99 ms | raw publish → receive p50 ms | p99 ms | p50 ratio | p99 ratio |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder json = new StringBuilder("{\"benchmark\":\"CallToBoardMqttBenchmark\",\"rate\":" + RATE + ",\"brokers\":[");
        for (BoardLatency.Figures f : all) {
            double[] c = f.callToBoard();
            double[] r = f.raw();
            double[] reply = f.callNextReply();
            table.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    f.broker(), c.length, at(reply, 0.5), at(reply, 0.99), at(c, 0.5), at(c, 0.99), at(r, 0.5), at(r, 0.99),
                    at(c, 0.5) / at(r, 0.5), at(c, 0.99) / at(r, 0.99)));
            json.append(String.format(Locale.ROOT,
                    "%s{\"broker\":\"%s\",\"calls\":%d,\"replyP50Ms\":%.2f,\"replyP99Ms\":%.2f,\"callToBoardP50Ms\":%.2f,"
                            + "\"callToBoardP99Ms\":%.2f,\"rawP50Ms\":%.2f,\"rawP99Ms\":%.2f,\"p50Ratio\":%.2f,\"p99Ratio\":%.2f}",
                    json.charAt(json.length() - 1) == '[' ? "" : ",", f.broker(), c.length, at(reply, 0.5), at(reply, 0.99),
                    at(c, 0.5), at(c, 0.99), at(r, 0.5), at(r, 0.99), at(c, 0.5) / at(r, 0.5), at(c, 0.99) / at(r, 0.99)));
        }
        System.out.print(table);
        System.out.println(json.append("]}"));
    }

    private static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
