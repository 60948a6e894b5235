package org.onewindow.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import redis.clients.jedis.UnifiedJedis;

import org.onewindow.server.redis.LuaScripts;
import org.onewindow.server.ticket.PersonKeys;

/**
 * Console sessions as signed cookies: {@code v1.<user>.<signedInAt>.<expiresAt>.<signature>}. No
 * session is held in memory, so a page left open keeps working across a server restart or on
 * another instance; the server's identity key signs them. A session ends after
 * {@link SecuritySettings#consoleIdle()} without a request, and at the latest
 * {@link SecuritySettings#consoleMaxAge()} after signing in (a working day). Signing out
 * records the time in Redis, which ends every session of that account signed in before it.
 */
@Component
class ConsoleSessions {

    static final String COOKIE = "OW_SESSION";
    private static final String PURPOSE = "console-session";
    private static final String SIGNED_OUT = "onewindow:console:signed-out";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /** A verified session. */
    record Session(String username, Instant signedInAt, Instant expiresAt) {
    }

    private final PersonKeys keys;
    private final UnifiedJedis redis;
    private final LuaScripts scripts;
    private final Clock clock;
    private final Duration idle;
    private final Duration maxAge;

    ConsoleSessions(PersonKeys keys, UnifiedJedis redis, LuaScripts scripts, Clock clock, SecuritySettings settings) {
        this.keys = keys;
        this.redis = redis;
        this.scripts = scripts;
        this.clock = clock;
        this.idle = settings.consoleIdle();
        this.maxAge = settings.consoleMaxAge();
    }

    /** A new session for someone who has just signed in. */
    Session start(String username) {
        Instant now = clock.instant();
        return new Session(username, now, earliest(now.plus(idle), now.plus(maxAge)));
    }

    /** The same session, its idle time restarted; never past its maximum age. */
    Session renew(Session s) {
        return new Session(s.username(), s.signedInAt(), earliest(clock.instant().plus(idle), s.signedInAt().plus(maxAge)));
    }

    /** Whether a renewed cookie is worth sending: a minute or more has passed since the last one. */
    boolean worthRenewing(Session s) {
        return s.expiresAt().minus(idle).plus(Duration.ofMinutes(1)).isBefore(clock.instant());
    }

    String encode(Session s) {
        String body = "v1." + B64.encodeToString(s.username().getBytes(StandardCharsets.UTF_8)) + "."
                + s.signedInAt().toEpochMilli() + "." + s.expiresAt().toEpochMilli();
        return body + "." + B64.encodeToString(keys.sign(PURPOSE, body));
    }

    /** The session a cookie holds, if it is genuine, current and not signed out. */
    Optional<Session> verify(String cookie) {
        if (cookie == null) {
            return Optional.empty();
        }
        int cut = cookie.lastIndexOf('.');
        String[] parts = cookie.split("\\.");
        if (cut < 0 || parts.length != 5 || !parts[0].equals("v1")) {
            return Optional.empty();
        }
        try {
            String body = cookie.substring(0, cut);
            if (!MessageDigest.isEqual(keys.sign(PURPOSE, body), B64D.decode(parts[4]))) {
                return Optional.empty();
            }
            Session s = new Session(new String(B64D.decode(parts[1]), StandardCharsets.UTF_8),
                    Instant.ofEpochMilli(Long.parseLong(parts[2])), Instant.ofEpochMilli(Long.parseLong(parts[3])));
            if (!clock.instant().isBefore(s.expiresAt()) || signedOutSince(s)) {
                return Optional.empty();
            }
            return Optional.of(s);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Ends every session of the account that began before now. */
    void signOut(String username) {
        scripts.run("console_sign_out", List.of(SIGNED_OUT), List.of(username, Long.toString(clock.instant().toEpochMilli())));
    }

    Duration idle() {
        return idle;
    }

    private boolean signedOutSince(Session s) {
        String at = redis.hget(SIGNED_OUT, s.username());
        return at != null && Long.parseLong(at) >= s.signedInAt().toEpochMilli();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
