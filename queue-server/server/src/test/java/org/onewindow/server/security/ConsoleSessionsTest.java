package org.onewindow.server.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.UnifiedJedis;

import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.redis.LuaScripts;
import org.onewindow.server.testsupport.TestRedis;
import org.onewindow.server.ticket.IdentitySettings;
import org.onewindow.server.ticket.PersonKeys;

/** Console sessions: signed, idle and maximum timeouts, sign-out, and survival of a restart. */
class ConsoleSessionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T01:00:00Z"));
    private final UnifiedJedis redis = TestRedis.pool("embedded");
    private final SecuritySettings settings = new SecuritySettings(List.of(), List.of(), Duration.ofMinutes(30),
            Duration.ofHours(12));
    private final String user = "clerk-" + UUID.randomUUID();

    @AfterEach
    void close() {
        redis.close();
    }

    private ConsoleSessions sessions(String secret) {
        return new ConsoleSessions(new PersonKeys(new IdentitySettings(secret), "unused"), redis, new LuaScripts(redis), clock, settings);
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesUnlessItIsUsed() {
        ConsoleSessions sessions = sessions("key-a");
        ConsoleSessions.Session session = sessions.start(user);
        String cookie = sessions.encode(session);
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.verify(cookie)).contains(session);
        assertThat(sessions.worthRenewing(session)).isTrue();
        String renewed = sessions.encode(sessions.renew(session));
        clock.advance(Duration.ofMinutes(2));
        assertThat(sessions.verify(cookie)).as("the old cookie has run out").isEmpty();
        assertThat(sessions.verify(renewed)).isPresent();
    }

    @Test
    void aSessionUsedAllDayStillEndsTwelveHoursAfterSigningIn() {
        ConsoleSessions sessions = sessions("key-a");
        ConsoleSessions.Session session = sessions.start(user);
        for (int i = 0; i < 12 * 4; i++) {
            clock.advance(Duration.ofMinutes(15));
            session = sessions.renew(session);
        }
        assertThat(sessions.verify(sessions.encode(session))).isEmpty();
    }

    @Test
    void aForgedOrAlteredCookieSignsInNobody() {
        ConsoleSessions sessions = sessions("key-a");
        String cookie = sessions.encode(sessions.start(user));
        String[] parts = cookie.split("\\.");
        String longer = String.join(".", parts[0], parts[1], parts[2], Long.toString(Long.parseLong(parts[3]) + 3_600_000), parts[4]);
        assertThat(sessions.verify(longer)).isEmpty();
        assertThat(sessions.verify(sessions("another-key").encode(sessions.start(user)))).isEmpty();
        assertThat(sessions.verify("v1.x.y")).isEmpty();
        assertThat(sessions.verify("v1.!!.1.2.3")).isEmpty();
        assertThat(sessions.verify(null)).isEmpty();
    }

    @Test
    void signingOutEndsEverySessionOfTheAccountBeganBefore() {
        ConsoleSessions sessions = sessions("key-a");
        String first = sessions.encode(sessions.start(user));
        clock.advance(Duration.ofMinutes(1));
        String second = sessions.encode(sessions.start(user));
        clock.advance(Duration.ofMinutes(1));
        sessions.signOut(user);
        assertThat(sessions.verify(first)).isEmpty();
        assertThat(sessions.verify(second)).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sessions.verify(sessions.encode(sessions.start(user)))).isPresent();
    }

    @Test
    void aSignOutFromAServerWhoseClockIsBehindBringsNoEndedSessionBack() {
        ConsoleSessions sessions = sessions("key-a");
        String cookie = sessions.encode(sessions.start(user));
        clock.advance(Duration.ofMinutes(1));
        sessions.signOut(user);
        MutableClock behind = new MutableClock(clock.instant().minus(Duration.ofMinutes(10)));
        new ConsoleSessions(new PersonKeys(new IdentitySettings("key-a"), "unused"), redis, new LuaScripts(redis), behind,
                settings).signOut(user);
        assertThat(sessions.verify(cookie)).isEmpty();
    }

    @Test
    void aServerRestartedWithTheSameKeyKeepsEveryoneSignedIn() {
        String cookie = sessions("key-a").encode(sessions("key-a").start(user));
        assertThat(sessions("key-a").verify(cookie)).isPresent();
    }
}
