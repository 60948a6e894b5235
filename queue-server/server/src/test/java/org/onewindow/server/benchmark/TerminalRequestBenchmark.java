package org.onewindow.server.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rpc.MqttRequester;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.protocol.testsupport.FreePorts;

/**
 * What a citizen at a 24-hour terminal waits for: the round trip of a terminal request through the
 * embedded broker to the whole server and back. One terminal asking in turn, then 20 terminals at
 * once. Prints p50/p90/p99/max in milliseconds. Run with
 * {@code mvn -pl queue-server/server -am test -Pbenchmark -Dtest=TerminalRequestBenchmark}; add
 * {@code -Dbenchmark.mqtt=tcp://127.0.0.1:1883} to go through another broker (e.g. Mosquitto).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TerminalRequestBenchmark {

    private static final String HALL = "linxia";
    private static final int MQTT_PORT = FreePorts.any();
    private static final String EXTERNAL_BROKER = System.getProperty("benchmark.mqtt", "");
    private static final String BROKER = EXTERNAL_BROKER.isEmpty() ? "tcp://127.0.0.1:" + MQTT_PORT : EXTERNAL_BROKER;
    private static final HallTopics TOPICS = HallTopics.forHall(HALL);
    private static final Identity PERSON = new Identity("622901199008150032", "李明");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> MQTT_PORT);
        if (!EXTERNAL_BROKER.isEmpty()) {
            registry.add("onewindow.mqtt.embedded-broker", () -> false);
            registry.add("onewindow.mqtt.url", () -> EXTERNAL_BROKER);
        }
        registry.add("onewindow.halls.files", () -> "classpath:halls/linxia.yml");
        TestDevices.register(registry, "linxia", java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> TestDevices.Device.of("bench-terminal-" + i, "TERMINAL")).toArray(TestDevices.Device[]::new));
        // The benchmark asks about one person thousands of times a minute.
        registry.add("onewindow.terminal.lookups-per-device-minute", () -> Integer.MAX_VALUE);
        registry.add("onewindow.terminal.lookups-per-person-minute", () -> Integer.MAX_VALUE);
    }

    @Test
    void roundTrips() throws Exception {
        List<MqttGateway> links = new ArrayList<>();
        List<MqttRequester> terminals = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            MqttGateway link = MqttGateways.connect(TestDevices.mqtt(BROKER, "bench-terminal-" + i));
            await().atMost(Duration.ofSeconds(10)).until(link::isConnected);
            links.add(link);
            terminals.add(new MqttRequester(link, TOPICS, "bench-terminal-" + i));
        }
        try {
            MqttRequester one = terminals.get(0);
            for (int i = 0; i < 100; i++) { // warm up
                one.request("cases.mine", Map.of("identity", PERSON), CaseView[].class,
                        Duration.ofSeconds(5)).join();
            }
            long[] sequential = new long[500];
            for (int i = 0; i < sequential.length; i++) {
                long start = System.nanoTime();
                one.request("cases.mine", Map.of("identity", PERSON), CaseView[].class,
                        Duration.ofSeconds(5)).join();
                sequential[i] = System.nanoTime() - start;
            }
            long[] hall = new long[50];
            for (int i = 0; i < hall.length; i++) {
                long start = System.nanoTime();
                HallView view = one.request("hall", Map.of(), HallView.class, Duration.ofSeconds(5)).join();
                hall[i] = System.nanoTime() - start;
                assertThat(view.items()).isNotEmpty();
            }
            long[] concurrent = new long[20 * 50];
            for (int round = 0; round < 50; round++) {
                List<CompletableFuture<Long>> answers = new ArrayList<>();
                for (MqttRequester terminal : terminals) {
                    long start = System.nanoTime();
                    answers.add(terminal.request("cases.mine", Map.of("identity", PERSON),
                            CaseView[].class, Duration.ofSeconds(5)).thenApply(a -> System.nanoTime() - start));
                }
                for (int t = 0; t < answers.size(); t++) {
                    concurrent[round * 20 + t] = answers.get(t).join();
                }
            }
            report("cases.mine, one terminal", sequential);
            report("hall (30 KB answer), one terminal", hall);
            report("cases.mine, 20 terminals at once", concurrent);
            System.out.println("through " + (EXTERNAL_BROKER.isEmpty() ? "the embedded broker" : EXTERNAL_BROKER));
        } finally {
            terminals.forEach(MqttRequester::close);
            links.forEach(MqttGateway::close);
        }
    }

    private static void report(String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("%-40s n=%4d p50=%6.1f ms p90=%6.1f ms p99=%6.1f ms max=%6.1f ms%n", what, nanos.length,
                ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

}
