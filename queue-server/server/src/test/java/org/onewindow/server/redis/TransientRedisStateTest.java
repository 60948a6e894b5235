package org.onewindow.server.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.UnavailableException;

import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Telling Redis's "not now" from a script's refusal, on the error texts Redis sends. The states a
 * single Redis can be put in (LOADING, BUSY, MISCONF, gone) are also shown on a real one in
 * {@code TransientRedisStatesTest}; a cluster's (TRYAGAIN, CLUSTERDOWN) and a failover's only here.
 */
class TransientRedisStateTest {

    private static JedisDataException reply(String error) {
        return new JedisDataException(error);
    }

    @Test
    void redisPassingStatesAreToldApartFromAScriptsRefusal() {
        assertThat(TransientRedisState.of(reply("LOADING Redis is loading the dataset in memory")))
                .contains(TransientRedisState.LOADING);
        assertThat(TransientRedisState.of(reply("BUSY Redis is busy running a script. You can only call SCRIPT KILL")))
                .contains(TransientRedisState.BUSY);
        assertThat(TransientRedisState.of(reply("TRYAGAIN Multiple keys request during rehashing of slot")))
                .contains(TransientRedisState.TRYAGAIN);
        assertThat(TransientRedisState.of(reply("CLUSTERDOWN The cluster is down"))).contains(TransientRedisState.CLUSTERDOWN);
        assertThat(TransientRedisState.of(reply("READONLY You can't write against a read only replica.")))
                .contains(TransientRedisState.READONLY);
        assertThat(TransientRedisState.of(reply("WINDOW_BUSY window 5 is serving A012"))).isEmpty();
        assertThat(TransientRedisState.of(reply("NOT_SIGNED_IN window 5 has no clerk"))).isEmpty();
        assertThat(TransientRedisState.of(reply("ERR unknown command"))).isEmpty();
    }

    @Test
    void aWriteRefusedInsideAScriptIsFoundInTheScriptsErrorOfRedis6AndOf7() {
        String redis6 = "ERR Error running script (call to f_a29a): @user_script:1: @user_script: 1: -MISCONF Redis is "
                + "configured to save RDB snapshots, but it is currently not able to persist on disk.";
        String redis7 = "MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. "
                + "script: a29a, on @user_script:1.";
        assertThat(TransientRedisState.of(reply(redis6))).contains(TransientRedisState.MISCONF);
        assertThat(TransientRedisState.of(reply(redis7))).contains(TransientRedisState.MISCONF);
        assertThat(TransientRedisState.MISCONF.retryAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aLostConnectionOrAnEmptyPoolIsUnreachableWhereverItIsInTheCauses() {
        JedisConnectionException lost = new JedisConnectionException("Unexpected end of stream.");
        assertThat(TransientRedisState.of(new IllegalStateException("wrapped", lost))).contains(TransientRedisState.UNREACHABLE);
        assertThat(TransientRedisState.of(new JedisException("Could not get a resource from the pool", new NoSuchElementException())))
                .contains(TransientRedisState.UNREACHABLE);
        assertThat(TransientRedisState.of(new IllegalArgumentException("a bug"))).isEmpty();
    }

    @Test
    void aScriptErrorBecomesAConflictOnlyWhenItIsTheScriptsOwnRefusal() {
        assertThat(ScriptRefusal.from(reply("NOT_SIGNED_IN window 5 has no clerk")))
                .isInstanceOf(ConflictException.class).hasMessage("window 5 has no clerk");
        assertThat(ScriptRefusal.from(reply("LOADING Redis is loading the dataset in memory")))
                .isInstanceOf(UnavailableException.class).hasMessageContaining("try again in 1 s");
        assertThat(ScriptRefusal.from(reply("OOM command not allowed when used memory > 'maxmemory'.")))
                .isInstanceOf(JedisDataException.class);
    }
}
