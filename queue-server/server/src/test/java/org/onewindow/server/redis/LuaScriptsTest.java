package org.onewindow.server.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.server.error.ConflictException;
import org.onewindow.server.testsupport.TestRedis;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

class LuaScriptsTest {

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aScriptLostByRedisIsLoadedAgainAndTheCallSucceeds(String redis) {
        HallKeys keys = HallKeys.of("h" + UUID.randomUUID());
        try (JedisPool pool = TestRedis.pool(redis)) {
            LuaScripts scripts = new LuaScripts(pool);
            List<String> keyList = List.of(keys.notice(), keys.version(), keys.events());
            scripts.run("set_notice", keyList, List.of("一", "manager", "1"));
            try (Jedis jedis = pool.getResource()) {
                jedis.scriptFlush();
            }
            assertThat(scripts.run("set_notice", keyList, List.of("二", "manager", "2"))).isEqualTo(2L);
            try (Jedis jedis = pool.getResource()) {
                assertThat(jedis.get(keys.notice())).isEqualTo("二");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aRefusalBecomesAConflictWithItsCode(String redis) {
        HallKeys keys = HallKeys.of("h" + UUID.randomUUID());
        try (JedisPool pool = TestRedis.pool(redis)) {
            LuaScripts scripts = new LuaScripts(pool);
            assertThatThrownBy(() -> scripts.run("recall",
                    List.of(keys.windows(), keys.tickets("20261124"), keys.version(), keys.events(), keys.recentCalls("20261124")),
                    List.of("1", "clerk", "1", "c", "10", "60", "3")))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.code()).isEqualTo("NOT_SIGNED_IN");
                        assertThat(e.getMessage()).isEqualTo("nobody is signed in at window 1");
                    });
        }
    }
}
