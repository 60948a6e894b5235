package org.onewindow.server.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.server.testsupport.TestRedis;

import redis.clients.jedis.UnifiedJedis;

/** The leases that say which instance does a hall's work, on a real Redis. */
class LeaseScriptsTest {

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void theTidalLeaseIsHeldByOneInstanceUntilItRunsOut(String redis) {
        HallKeys keys = HallKeys.of("h" + UUID.randomUUID());
        try (UnifiedJedis pool = TestRedis.pool(redis)) {
            LuaScripts scripts = new LuaScripts(pool);
            String lease = keys.tidalLease();
            assertThat(scripts.run("lease_take_or_renew", List.of(lease), List.of("a", "10000"))).isEqualTo(1L);
            assertThat(scripts.run("lease_take_or_renew", List.of(lease), List.of("b", "10000"))).isEqualTo(0L);
            assertThat(scripts.run("lease_take_or_renew", List.of(lease), List.of("a", "60000"))).as("renewed").isEqualTo(1L);
            assertThat(pool.pttl(lease)).isBetween(10_001L, 60_000L);
            pool.pexpire(lease, 1);
            // Run out: whoever comes next takes it.
            await().until(() -> !pool.exists(lease));
            assertThat(scripts.run("lease_take_or_renew", List.of(lease), List.of("b", "10000"))).isEqualTo(1L);
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void hallLeasesAreTakenWhenFreeRenewedByTheirHolderAndHandedOver(String redis) {
        String hall1 = "h" + UUID.randomUUID();
        String hall2 = "h" + UUID.randomUUID();
        String a = "a" + UUID.randomUUID();
        String b = "b" + UUID.randomUUID();
        List<String> keys = List.of(ServerKeys.instances(), ServerKeys.hallLease(hall1), ServerKeys.hallLease(hall2));
        try (UnifiedJedis pool = TestRedis.pool(redis)) {
            LuaScripts scripts = new LuaScripts(pool);
            List<?> first = (List<?>) scripts.run("hall_leases_tick", keys, List.of(a, "60000", "x:" + a, "take", "keep"));
            assertThat(first.get(1)).as("the free hall it was asked to take, only").isEqualTo(List.of(a, ""));
            List<?> second = (List<?>) scripts.run("hall_leases_tick", keys, List.of(b, "60000", "x:" + b, "take", "take"));
            assertThat(second.get(1)).as("a hall held by another is not taken").isEqualTo(List.of(a, b));
            assertThat(second.get(0)).asList().contains("x:" + a, "x:" + b);

            assertThat(scripts.run("hall_leases_hand_over", keys, List.of(b, "60000", "staying", "x:" + b, a, a)))
                    .as("only b's own lease moves").isEqualTo(1L);
            assertThat(pool.get(ServerKeys.hallLease(hall2))).isEqualTo(a);
            assertThat(scripts.run("hall_leases_hand_over", keys, List.of(a, "60000", "leaving", "x:" + a, "", b))).isEqualTo(2L);
            assertThat(pool.exists(ServerKeys.hallLease(hall1))).as("freed").isFalse();
            assertThat(pool.get(ServerKeys.hallLease(hall2))).isEqualTo(b);
            assertThat(pool.zscore(ServerKeys.instances(), "x:" + a)).as("a left").isNull();
            pool.del(ServerKeys.hallLease(hall2));
            pool.zrem(ServerKeys.instances(), "x:" + b);
        }
    }
}
