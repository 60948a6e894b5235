package org.onewindow.server.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.UnifiedJedis;

import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.TestRedis;

/**
 * Redis memory per ticket of the compact ticket record (ADR 0041), on {@value #DEFAULT_HALLS}
 * generated halls of one server and one Redis, each with a working day ({@link HallDay}): issued,
 * called, finished, a few transfers and no-shows, every hall active at once. The pipeline is
 * stopped while the day is worked, so its consumer groups stay out of the weights.
 * <ol>
 *   <li>Bytes per ticket: the rise of {@code used_memory} over the day (windows signed in before)
 *       divided by the tickets issued; and MEMORY USAGE of every key by family. Beside it, in the same
 *       run, the same tickets in the long form of earlier releases ({@link LongFormCopy}).</li>
 *   <li>Latency of issue and of call-next while every hall works its day (4 threads).</li>
 *   <li>Events/s through the pipeline: a second instance started on the filled logs works through
 *       them, both groups, for at most {@code -Dbench.pipelineSeconds} (90) from its first handled
 *       entry; how long after its start that first entry came is printed beside ({@link Pipeline}).</li>
 * </ol>
 * Prints a Markdown table and one JSON line. Run with {@code mvn -B -pl queue-server/server -am test
 * -Pbenchmark -Dtest=TicketMemoryBenchmark}. {@code -Dbench.scale=F} multiplies every hall's day
 * ({@link HallDay}: 60 to 240 tickets, 1,200 in one hall of a hundred); 0.2 by default keeps the run
 * near ten minutes on two cores, 1 is a full day; {@code -Dbench.halls=N} (2,000).
 */
@Tag("benchmark")
class TicketMemoryBenchmark {

    private static final int DEFAULT_HALLS = 2000;
    private static final int HALLS = Integer.getInteger("bench.halls", DEFAULT_HALLS);
    private static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "0.2"));
    private static final int WRITERS = 4;
    private static final List<String> INDEXED = List.of("tickets", "requests", "tracking");
    /** The keys a ticket itself makes: its record, its indexes and the queues it waits in. */
    private static final List<String> OWN_KEYS = List.of("tickets", "requests", "tracking", "live", "queue", "seq");
    /** How long the pipeline is given at most to work through the day's entries. */
    private static final int PIPELINE_SECONDS = Integer.getInteger("bench.pipelineSeconds", 90);

    @TempDir
    Path dir;

    @Test
    void bytesPerTicketLatencyAndEventsPerSecondOnManyHalls() throws Exception {
        GeneratedHalls halls = GeneratedHalls.write(Files.createDirectories(dir.resolve("halls")), HALLS);
        String prefix = halls.ids.get(0).substring(0, halls.ids.get(0).indexOf('-'));
        Path data = Files.createDirectories(dir.resolve("data"));
        int port = TestRedis.embeddedPort();
        try (Broker broker = Broker.start();
             UnifiedJedis pool = TestRedis.pool("embedded");
             Jedis jedis = new Jedis("127.0.0.1", TestRedis.embeddedPort());
             ServerInstance writer = new ServerInstance(port, broker.uri(), halls, data)) {
            writer.stopWorkingHalls();
            HallDay day = new HallDay(writer, halls.ids, WRITERS, SCALE);
            day.signInEveryWindow();
            long before = KeyFamilies.usedMemory(jedis);
            long started = System.nanoTime();
            day.run();
            double daySeconds = (System.nanoTime() - started) / 1e9;
            long tickets = day.issued();
            long compactBytes = KeyFamilies.usedMemory(jedis) - before;

            String today = BusinessDay.today(Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));
            long copyBefore = KeyFamilies.usedMemory(jedis);
            long copied = LongFormCopy.write(jedis, halls.ids, today);
            long longCopyBytes = KeyFamilies.usedMemory(jedis) - copyBefore;
            Map<String, Long> families = KeyFamilies.weigh(jedis, prefix);
            LongFormCopy.delete(jedis, halls.ids, today);
            long indexedCompact = INDEXED.stream().mapToLong(f -> families.getOrDefault(f, 0L)).sum();
            long longFormBytes = compactBytes - indexedCompact + longCopyBytes;
            long entries = halls.ids.stream().mapToLong(h -> jedis.xlen(HallKeys.of(h).events())).sum();

            TicketMemoryReport.Figures figures = new TicketMemoryReport.Figures(KeyFamilies.redisVersion(jedis), HALLS,
                    tickets, daySeconds, compactBytes, longFormBytes, families, day.issueLatencies(), day.callLatencies(),
                    entries);
            TicketMemoryReport.print(figures);
            Pipeline pipeline;
            try (ServerInstance reader = new ServerInstance(port, broker.uri(), halls, data)) {
                pipeline = Pipeline.measure(reader, 2 * entries, PIPELINE_SECONDS);
                // Before the close, which takes the halls' broker connections down one by one.
                TicketMemoryReport.print(figures, pipeline);
            }
            assertThat(copied).as("every ticket copied in the long form").isEqualTo(tickets);
            assertThat(pipeline.events()).as("the pipeline moved").isPositive();
            assertThat(families.get("tickets") * 2).as("the compact record under half the long form")
                    .isLessThan(families.get("long tickets"));
            long ticketKeys = OWN_KEYS.stream().mapToLong(f -> families.getOrDefault(f, 0L)).sum();
            assertThat(ticketKeys / (double) tickets).as("bytes per ticket of the ticket, its indexes and its queue")
                    .isLessThanOrEqualTo(500);
        }
    }
}
