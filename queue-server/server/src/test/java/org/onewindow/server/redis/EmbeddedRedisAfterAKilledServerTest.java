package org.onewindow.server.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

import org.onewindow.server.testsupport.TestRedis;
import org.onewindow.protocol.testsupport.FreePorts;

/**
 * A queue server killed with SIGKILL (power button, OOM killer, {@code kill -9}) starts again on
 * its data by itself, and never stops a Redis that is not its own.
 */
class EmbeddedRedisAfterAKilledServerTest {

    private static final int WRITES = 500;

    @TempDir
    Path dataDir;

    private static void writeAcknowledged(int port) {
        try (Jedis jedis = new Jedis("127.0.0.1", port)) {
            for (int i = 0; i < WRITES; i++) {
                jedis.incr("ow:{h}:version");
            }
            jedis.hset("ow:{h}:tickets:20261124", "20261124-A001", "{\"status\":\"WAITING\"}");
        }
    }

    private static void assertEveryWriteKept(int port) {
        try (Jedis jedis = new Jedis("127.0.0.1", port)) {
            assertThat(jedis.get("ow:{h}:version")).isEqualTo(Integer.toString(WRITES));
            assertThat(jedis.hget("ow:{h}:tickets:20261124", "20261124-A001")).contains("WAITING");
        }
    }

    private static long pidOfRedisOn(int port) {
        try (Jedis jedis = new Jedis("127.0.0.1", port)) {
            return jedis.info("server").lines().filter(l -> l.startsWith("process_id:"))
                    .map(l -> Long.parseLong(l.substring("process_id:".length()).strip())).findFirst().orElseThrow();
        }
    }

    @Test
    void afterTheServerIsKilledTheNextStartSucceedsWithEveryAcknowledgedWrite() throws Exception {
        int port = FreePorts.any();
        long killedServersRedis;
        try (KilledServer server = KilledServer.start(port, dataDir)) {
            writeAcknowledged(port);
            killedServersRedis = pidOfRedisOn(port);
            server.kill();

            try (EmbeddedRedis again = EmbeddedRedis.start(port, dataDir)) {
                assertEveryWriteKept(again.port());
                assertThat(pidOfRedisOn(port)).isNotEqualTo(killedServersRedis);
                assertThat(ProcessHandle.of(killedServersRedis).filter(ProcessHandle::isAlive)).isEmpty();
            }
        }
    }

    @Test
    void theRedisOfAKilledServerStopsByItselfAndFreesItsPort() throws Exception {
        int port = FreePorts.any();
        try (KilledServer server = KilledServer.start(port, dataDir)) {
            writeAcknowledged(port);
            long redis = pidOfRedisOn(port);

            server.kill();

            await().atMost(Duration.ofSeconds(20)).until(() -> ProcessHandle.of(redis).filter(ProcessHandle::isAlive).isEmpty());
            try (EmbeddedRedis again = EmbeddedRedis.start(port, dataDir)) {
                assertEveryWriteKept(again.port());
            }
        }
    }

    @Test
    void aRedisLeftRunningByAKilledServerIsStoppedByTheNextStartAndItsDataKept() throws Exception {
        int port = FreePorts.any();
        try (KilledServer server = KilledServer.start(port, dataDir)) {
            writeAcknowledged(port);
            long orphan = pidOfRedisOn(port);
            // The server and everything it started die, but its Redis: it keeps the port and the data.
            server.killWithAllButRedis();
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isPresent();

            try (EmbeddedRedis again = EmbeddedRedis.start(port, dataDir)) {
                assertEveryWriteKept(again.port());
                assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
            }
        }
    }

    @Test
    void aDataDirectoryInUseByARunningServerIsRefusedAndItsRedisLeftAlone() throws Exception {
        int port = FreePorts.any();
        try (KilledServer server = KilledServer.start(port, dataDir)) {
            writeAcknowledged(port);
            long running = pidOfRedisOn(port);

            assertThatThrownBy(() -> EmbeddedRedis.start(FreePorts.any(), dataDir).close())
                    .hasMessageContaining("in use by a running queue server");

            assertThat(pidOfRedisOn(port)).isEqualTo(running);
            assertEveryWriteKept(port);
        }
    }

    @Test
    void aForeignRedisOnThePortIsNeverStoppedAndTheStartSaysWhy(@TempDir Path foreignDir) throws IOException {
        int port = FreePorts.any();
        RedisServer foreign = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                .setting("dir " + foreignDir).setting("save \"\"").setting("appendonly no").build();
        foreign.start();
        try {
            try (Jedis jedis = new Jedis("127.0.0.1", port)) {
                jedis.set("someone-else", "kept");
            }
            long foreignPid = pidOfRedisOn(port);
            // Even a pid file in the data directory naming that Redis (a pid reused) does not make it ours.
            Files.writeString(dataDir.resolve("embedded-redis.pid"),
                    "redis.pid=" + foreignPid + "\nserver.pid=" + Integer.MAX_VALUE + "\nport=" + port + "\n",
                    StandardCharsets.UTF_8);

            assertThatThrownBy(() -> EmbeddedRedis.start(port, dataDir).close())
                    .hasMessageContaining("port " + port + " of 127.0.0.1 is in use by another process")
                    .hasMessageContaining("onewindow.redis.port");

            Optional<ProcessHandle> stillThere = ProcessHandle.of(foreignPid).filter(ProcessHandle::isAlive);
            assertThat(stillThere).isPresent();
            try (Jedis jedis = new Jedis("127.0.0.1", port)) {
                assertThat(jedis.get("someone-else")).isEqualTo("kept");
            }
        } finally {
            foreign.stop();
        }
    }
}
