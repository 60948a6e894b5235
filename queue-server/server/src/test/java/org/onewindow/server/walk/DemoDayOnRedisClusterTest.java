package org.onewindow.server.walk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.clients.jedis.RedisClusterClient;

import org.onewindow.server.testsupport.TestRedisCluster;

/**
 * The same day at the hall on a Redis Cluster of three masters instead of the embedded Redis:
 * every REST call of the day, the event pipeline's work after it (boards, evaluators, records) and
 * the search for personal data, with the server's client routing each hall's keys to their shard.
 */
class DemoDayOnRedisClusterTest extends DemoDayLeavesNoPersonalDataTest {

    @DynamicPropertySource
    static void onCluster(DynamicPropertyRegistry registry) {
        registry.add("onewindow.redis.embedded", () -> false);
        registry.add("onewindow.redis.mode", () -> "cluster");
        registry.add("onewindow.redis.nodes", () -> String.join(",", TestRedisCluster.nodes()));
        registry.add("onewindow.redis.timeout-ms", () -> TestRedisCluster.TIMEOUT_MILLIS);
    }

    @Test
    void theServerTalksToTheCluster() {
        assertThat(redis).isInstanceOf(RedisClusterClient.class);
        assertThat(((RedisClusterClient) redis).getClusterNodes()).hasSize(TestRedisCluster.MASTERS);
    }

    @Override
    String[] searchedAtLeast() {
        return new String[] {"Redis key ow:{testhall}:tickets:"};
    }
}
