package org.onewindow.server.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import redis.clients.jedis.Jedis;

class EmbeddedRedisTest {

    @Test
    void aRestartOfTheEmbeddedRedisKeepsWhatWasWritten(@TempDir Path dataDir) {
        int port;
        try (EmbeddedRedis redis = EmbeddedRedis.start(0, dataDir)) {
            port = redis.port();
            try (Jedis jedis = new Jedis("127.0.0.1", port)) {
                jedis.hset("ow:{h}:tickets:20261124", "20261124-A001", "{\"status\":\"WAITING\"}");
                jedis.incr("ow:{h}:version");
            }
        }
        try (EmbeddedRedis again = EmbeddedRedis.start(port, dataDir); Jedis jedis = new Jedis("127.0.0.1", port)) {
            assertThat(jedis.hget("ow:{h}:tickets:20261124", "20261124-A001")).contains("WAITING");
            assertThat(jedis.get("ow:{h}:version")).isEqualTo("1");
        }
        assertThat(dataDir.resolve("redis")).doesNotExist();
        assertThat(dataDir.toFile().list()).anyMatch(name -> name.startsWith("appendonly"));
    }

    @Test
    void everyWriteIsOnDiskBeforeItIsAnswered(@TempDir Path dataDir) {
        try (EmbeddedRedis redis = EmbeddedRedis.start(0, dataDir); Jedis jedis = new Jedis("127.0.0.1", redis.port())) {
            assertThat(jedis.configGet("appendonly")).containsEntry("appendonly", "yes");
            assertThat(jedis.configGet("appendfsync")).containsEntry("appendfsync", "always");
            assertThat(jedis.configGet("bind")).containsEntry("bind", "127.0.0.1");
        }
    }
}
