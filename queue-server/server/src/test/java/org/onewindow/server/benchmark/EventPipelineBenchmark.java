package org.onewindow.server.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamEntry;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.CallAnnouncement;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.TestRedis;

/**
 * The event pipeline of ADR 0019 with 200 halls, real effects (cases, calls on a real broker,
 * coalesced retained states), whole servers as Spring Boot contexts in this JVM on one Redis and
 * one broker, measured side by side with what that Redis and broker do raw, in one run:
 * <ol>
 *   <li>One instance: the logs are filled first (issue, call, finish, every third accepted, by a
 *       server whose leases and pipeline are stopped, through its own services), then the instance
 *       is started and drains them. Filling first measures the pipeline alone: the writes neither
 *       compete for the two cores nor cap the rate. Events/s are counted from the pipeline's start
 *       to the acknowledgement of every entry in both groups, and over the steady part (10% to 90%
 *       of the entries, the halls held). Beside it: XADD + XREADGROUP + XACK of as many entries over
 *       200 streams, two groups, COUNT 256, one XACK per stream and batch.</li>
 *   <li>Two instances, started together on twice the entries: each one's halls, share of the
 *       handled entries, events/s and CPU time per event (its threads carry its instance id), over
 *       the part where both hold their halls steadily.</li>
 *   <li>Both instances under a steady 300 events/s for 20 s: call to MQTT receipt at a subscriber,
 *       now minus the announcement's {@code at}; beside it, during the same 20 s, the broker's raw
 *       publish to receipt at the same rate (both meet the same noise of a shared machine; the
 *       pipeline at this rate takes a few hundredths of a core).</li>
 * </ol>
 * The broker is a Mosquitto of the benchmark's own when the machine has one, as production halls
 * run, else the embedded Moquette ({@code -Dbench.broker=moquette} chooses it anyway).
 * Run with {@code mvn -B -pl queue-server/server -am test -Pbenchmark -Dtest=EventPipelineBenchmark}
 * ({@code -Dbench.cycles=N}: issue-call-finish rounds per hall for the single instance, 80 by default).
 */
@Tag("benchmark")
class EventPipelineBenchmark {

    private static final int HALLS = 200;
    private static final int CYCLES = Integer.getInteger("bench.cycles", 80);
    private static final int WRITERS = 4;
    private static final int STEADY_RATE = 300;
    private static final int STEADY_SECONDS = 20;
    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    @TempDir
    Path dir;

    /** Every figure, printed as it comes (a later failure keeps them) and again together at the end. */
    private final List<String> report = new ArrayList<>() {
        @Override
        public boolean add(String line) {
            System.out.println(line);
            return super.add(line);
        }
    };
    private final AtomicLong callsReceived = new AtomicLong();
    private final ConcurrentLinkedQueue<Long> callMillis = new ConcurrentLinkedQueue<>();
    private volatile long latencyFromEpochMillis = Long.MAX_VALUE;

    @Test
    void pipelineThroughputInstancesAndCallLatency() throws Exception {
        GeneratedHalls halls = GeneratedHalls.write(Files.createDirectories(dir.resolve("halls")), HALLS);
        int redisPort = TestRedis.embeddedPort();
        Path data = Files.createDirectories(dir.resolve("data"));
        try (Broker broker = Broker.start();
             UnifiedJedis pool = TestRedis.pool("embedded");
             ServerInstance writer = new ServerInstance(redisPort, broker.uri(), halls, data)) {
            MqttGateway board = MqttGateways.connect(MqttOptions.of(broker.uri(), "bench-board-" + UUID.randomUUID()));
            try {
                RawFloors.awaitConnected(board);
                board.subscribe(HallTopics.ROOT + "/+/calls", 1, (topic, payload, retained) -> onCall(payload))
                        .get(10, TimeUnit.SECONDS);
                writer.stopWorkingHalls();
                HallTraffic traffic = new HallTraffic(writer, halls.ids, WRITERS);
                run(pool, halls, broker, data, writer, traffic);
            } finally {
                board.close();
                report.forEach(System.out::println);
            }
        }
    }

    private void run(UnifiedJedis pool, GeneratedHalls halls, Broker broker, Path data, ServerInstance writer,
                     HallTraffic traffic) throws Exception {
        // 1. One instance, and the raw floor of the same Redis.
        traffic.signInEveryWindow();
        long fillStart = System.nanoTime();
        traffic.burst(CYCLES);
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        long entries = logLength(pool, halls);
        long calls = traffic.calls();
        report.add("BENCHMARK broker: " + broker.name());
        report.add("BENCHMARK pipeline: %d halls, %d entries written in %.1f s (%.0f/s by %d threads, not measured below)"
                .formatted(HALLS, entries, fillSeconds, traffic.writes() / fillSeconds, WRITERS));
        RawFloors.StreamFloor floor = RawFloors.redisStreams(pool, HALLS, entries, sampleFields(pool, halls.ids.get(0)));
        Drain alone;
        try (ServerInstance a = new ServerInstance(TestRedis.embeddedPort(), broker.uri(), halls, data)) {
            alone = Drain.of(List.of(a), 2 * entries, HALLS);
            Awaitility.await("every call announced").atMost(Duration.ofSeconds(30)).until(() -> callsReceived.get() >= calls);
        }
        report.add("BENCHMARK 1 instance, from the pipeline's start to both groups' XACK: %.0f events/s (%d entries in %.2f s)"
                .formatted(alone.wholeEventsPerSecond(), entries, alone.wholeSeconds()));
        alone.report(report, "1 instance");
        report.add("BENCHMARK raw Redis floor, %d entries over %d streams: XREADGROUP+XACK (2 groups, COUNT 256) %.0f events/s;"
                .formatted(entries, HALLS, floor.consumePerSecond())
                + " with XADD (pipelined) %.0f events/s".formatted(floor.allPerSecond()));
        report.add("BENCHMARK calls announced on the broker during the drain: %d (made: %d)".formatted(callsReceived.get(), calls));

        // 2. Two instances on twice the entries.
        long before = logLength(pool, halls);
        traffic.burst(2 * CYCLES);
        long moreEntries = logLength(pool, halls) - before;
        List<ServerInstance> both = startTogether(broker, halls, data);
        try {
            Drain two = Drain.of(both, 2 * moreEntries, HALLS);
            report.add("BENCHMARK 2 instances, from the pipelines' start to both groups' XACK: %.0f events/s (%d entries in %.2f s)"
                    .formatted(two.wholeEventsPerSecond(), moreEntries, two.wholeSeconds()));
            two.report(report, "2 instances");
            report.add("BENCHMARK capacity, steady events/s of 2 instances / 1 instance: %.2f"
                    .formatted(two.steadyEventsPerSecond() / alone.steadyEventsPerSecond()));

            // 3. Call latency under a steady load, and the broker's raw latency at the same rate.
            callMillis.clear();
            long callsBefore = traffic.calls();
            latencyFromEpochMillis = System.currentTimeMillis();
            // The broker's raw latency at the same time, so both meet the same noise of a shared machine.
            CompletableFuture<double[]> rawLatency = CompletableFuture.supplyAsync(() -> {
                try {
                    return RawFloors.brokerLatency(broker.uri(), STEADY_RATE, STEADY_SECONDS, HALLS, 220);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            traffic.steady(STEADY_RATE, STEADY_SECONDS);
            double[] raw = rawLatency.get(2, TimeUnit.MINUTES);
            long steadyCalls = traffic.calls() - callsBefore;
            try {
                Awaitility.await("the steady load's calls announced").atMost(Duration.ofSeconds(30))
                        .until(() -> callMillis.size() >= steadyCalls);
            } catch (ConditionTimeoutException late) {
                report.add("BENCHMARK only %d of the steady load's %d calls announced within 30 s".formatted(callMillis.size(), steadyCalls));
            }
            latencyFromEpochMillis = Long.MAX_VALUE;
            double[] pipeline = sorted(callMillis);
            report.add("BENCHMARK call -> MQTT at %d events/s for %d s (%d calls): p50=%.1f ms p99=%.1f ms max=%.1f ms"
                    .formatted(STEADY_RATE, STEADY_SECONDS, pipeline.length, at(pipeline, 0.50), at(pipeline, 0.99),
                            pipeline.length == 0 ? Double.NaN : pipeline[pipeline.length - 1]));
            report.add("BENCHMARK raw broker publish -> receive at %d msg/s at the same time (%d msgs, QoS 1): p50=%.1f ms p99=%.1f ms max=%.1f ms"
                    .formatted(STEADY_RATE, raw.length, at(raw, 0.50), at(raw, 0.99), raw[raw.length - 1]));
            report.add("BENCHMARK call p99 / raw p99: %.1f (target <= 3)".formatted(at(pipeline, 0.99) / at(raw, 0.99)));
            assertThat(pipeline).as("calls announced under the steady load").hasSizeGreaterThan(STEADY_RATE);
        } finally {
            // At once: a server closes its 200 broker connections one after another, some seconds each.
            CompletableFuture.allOf(both.stream().map(s -> CompletableFuture.runAsync(s::close))
                    .toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        }
        assertThat(alone.handled()).as("every entry done in both groups by one instance").isGreaterThanOrEqualTo(2 * entries);
    }

    private void onCall(byte[] payload) {
        callsReceived.incrementAndGet();
        CallAnnouncement call = JsonCodec.fromBytes(payload, CallAnnouncement.class);
        long now = System.currentTimeMillis();
        if (call.at().toEpochMilli() >= latencyFromEpochMillis) {
            callMillis.add(now - call.at().toEpochMilli());
        }
    }

    /** Both instances at once, so neither works every hall first while the other is still starting. */
    private static List<ServerInstance> startTogether(Broker broker, GeneratedHalls halls, Path data)
            throws Exception {
        int port = TestRedis.embeddedPort();
        // Logging is set up by the contexts started before; two setting it up at once trip over each other.
        System.setProperty(LOGGING_SYSTEM, "none");
        try {
            CompletableFuture<ServerInstance> a = CompletableFuture.supplyAsync(() -> new ServerInstance(port, broker.uri(), halls, data));
            CompletableFuture<ServerInstance> b = CompletableFuture.supplyAsync(() -> new ServerInstance(port, broker.uri(), halls, data));
            return List.of(a.get(2, TimeUnit.MINUTES), b.get(2, TimeUnit.MINUTES));
        } finally {
            System.clearProperty(LOGGING_SYSTEM);
        }
    }

    private static long logLength(UnifiedJedis pool, GeneratedHalls halls) {
        long sum = 0;
        for (String hall : halls.ids) {
            sum += pool.xlen(HallKeys.of(hall).events());
        }
        return sum;
    }

    /** The fields of a real entry (a call), so the raw floor moves entries of the same size. */
    private static Map<String, String> sampleFields(UnifiedJedis pool, String hall) {
        List<StreamEntry> some = pool.xrange(HallKeys.of(hall).events(), (StreamEntryID) null, null, 20);
        return some.stream().filter(e -> "TICKET_CALLED".equals(e.getFields().get("type"))).findFirst()
                .orElse(some.get(some.size() - 1)).getFields();
    }

    private static double[] sorted(ConcurrentLinkedQueue<Long> values) {
        double[] out = values.stream().mapToDouble(Long::doubleValue).toArray();
        Arrays.sort(out);
        return out;
    }

    private static double at(double[] sorted, double percentile) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.floor(percentile * sorted.length))];
    }
}
