package org.onewindow.server.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.server.error.ConflictException;
import org.onewindow.server.testsupport.TestRedis;

import redis.clients.jedis.UnifiedJedis;

class LuaScriptsTest {

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aScriptLostByRedisIsLoadedAgainAndTheCallSucceeds(String redis) {
        HallKeys keys = HallKeys.of("h" + UUID.randomUUID());
        try (UnifiedJedis pool = TestRedis.pool(redis)) {
            LuaScripts scripts = new LuaScripts(pool);
            List<String> keyList = List.of(keys.notice(), keys.version(), keys.events());
            scripts.run("set_notice", keyList, List.of("一", "manager", "1"));
            pool.scriptFlush();
            assertThat(scripts.run("set_notice", keyList, List.of("二", "manager", "2"))).isEqualTo(2L);
            assertThat(pool.get(keys.notice())).isEqualTo("二");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aRefusalBecomesAConflictWithItsCode(String redis) {
        HallKeys keys = HallKeys.of("h" + UUID.randomUUID());
        try (UnifiedJedis pool = TestRedis.pool(redis)) {
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

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void everyScriptStartsWithWhatItTakesAndReturnsHasItsGuardsIncludedOnceAndLoads(String redis) throws Exception {
        List<String> names = scriptNames();
        assertThat(names).contains("call_next", "finish", "issue_ticket");
        try (UnifiedJedis pool = TestRedis.pool(redis)) {
            for (String name : names) {
                String source = ScriptSources.expanded(name);
                assertThat(source).as(name).startsWith("-- ").contains("KEYS[1]", "Returns").doesNotContain("--#include");
                for (String guard : List.of("signed_in_window", "called_ticket")) {
                    int defined = source.split("local function " + guard + "\\(", -1).length - 1;
                    assertThat(defined).as("%s defines %s", name, guard).isLessThanOrEqualTo(1);
                    if (source.contains(guard + "(")) {
                        assertThat(defined).as("%s uses %s", name, guard).isEqualTo(1);
                    }
                }
                assertThat(pool.scriptLoad(source)).as("%s compiles on Redis", name).hasSize(40);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aGuardIncludedTwiceIsPutInOnce(String redis) {
        try (UnifiedJedis pool = TestRedis.pool(redis)) {
            String source = ScriptSources.expanded("include_test/twice");
            assertThat(source.split("local function signed_in_window", -1)).hasSize(2);
            assertThat(new LuaScripts(pool).run("include_test/twice", List.of(), List.of())).isEqualTo("once");
        }
    }

    @Test
    void anIncludeThatLeadsBackToItselfOrToNoFileIsRefused() {
        assertThatThrownBy(() -> ScriptSources.expanded("include_test/loop_a"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("includes itself");
        assertThatThrownBy(() -> ScriptSources.expanded("include_test/missing"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing script redis/include_test/not_there.lua");
    }

    /** The scripts the server ships: the files directly under redis/ of the main classes. */
    private static List<String> scriptNames() throws Exception {
        Path root = Path.of(LuaScripts.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("redis");
        try (Stream<Path> files = Files.list(root)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".lua"))
                    .map(f -> f.substring(0, f.length() - ".lua".length())).sorted().toList();
        }
    }
}
