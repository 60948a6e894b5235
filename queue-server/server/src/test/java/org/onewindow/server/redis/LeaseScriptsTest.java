package org.onewindow.server.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.server.testsupport.TestRedis;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/** The leases that say which instance does a hall's work, and the publisher's cursor, on a real Redis. */
class LeaseScriptsTest {

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aLeaseIsHeldByOneInstanceUntilReleasedOrRunOut(String redis) {
        HallKeys keys = HallKeys.of("h" + UUID.randomUUID());
        try (JedisPool pool = TestRedis.pool(redis); Jedis jedis = pool.getResource()) {
            LuaScripts scripts = new LuaScripts(pool);
            String lease = keys.publisherLease();
            assertThat(scripts.run("lease_take_or_renew", List.of(lease), List.of("a", "10000"))).isEqualTo(1L);
            assertThat(scripts.run("lease_take_or_renew", List.of(lease), List.of("b", "10000"))).isEqualTo(0L);
            assertThat(scripts.run("lease_take_or_renew", List.of(lease), List.of("a", "60000"))).as("renewed").isEqualTo(1L);
            assertThat(jedis.pttl(lease)).isBetween(10_001L, 60_000L);

            assertThat(scripts.run("lease_release", List.of(lease), List.of("b"))).as("not b's to give up").isEqualTo(0L);
            assertThat(jedis.get(lease)).isEqualTo("a");
            assertThat(scripts.run("lease_release", List.of(lease), List.of("a"))).isEqualTo(1L);
            assertThat(scripts.run("lease_take_or_renew", List.of(lease), List.of("b", "1"))).isEqualTo(1L);
            // Run out after 1 ms: whoever comes next takes it.
            await().until(() -> !jedis.exists(lease));
            assertThat(scripts.run("lease_take_or_renew", List.of(lease), List.of("a", "10000"))).isEqualTo(1L);
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void onlyThePublisherHoldingTheLeaseMovesTheCursor(String redis) {
        HallKeys keys = HallKeys.of("h" + UUID.randomUUID());
        try (JedisPool pool = TestRedis.pool(redis); Jedis jedis = pool.getResource()) {
            LuaScripts scripts = new LuaScripts(pool);
            List<String> cursorKeys = List.of(keys.publisherLease(), keys.publisherCursor());
            scripts.run("lease_take_or_renew", List.of(keys.publisherLease()), List.of("a", "10000"));
            assertThat(scripts.run("publisher_cursor", cursorKeys, List.of("a", "5-0"))).isEqualTo(1L);
            assertThat(scripts.run("publisher_cursor", cursorKeys, List.of("b", "9-0"))).isEqualTo(0L);
            assertThat(jedis.get(keys.publisherCursor())).isEqualTo("5-0");
        }
    }
}
