package org.onewindow.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import org.onewindow.server.error.SignInRefusedException;

/**
 * Slows password guessing: after five wrong passwords in a row an account's sign-in pauses for
 * five minutes. Kept per server instance, in memory: a guesser gains little by spreading tries over
 * instances, and a restart does not lock anyone out.
 */
@Component
class SignInThrottle {

    private static final int MAX_FAILURES = 5;
    private static final Duration PAUSE = Duration.ofMinutes(5);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    void check(String username) {
        Failures f = byAccount.get(username);
        if (f != null && f.count() >= MAX_FAILURES) {
            Duration left = Duration.between(clock.instant(), f.last().plus(PAUSE));
            if (left.compareTo(Duration.ZERO) > 0) {
                throw SignInRefusedException.tooManyAttempts(Math.max(1, left.toSeconds()));
            }
            byAccount.remove(username);
        }
    }

    void failed(String username) {
        byAccount.merge(username, new Failures(1, clock.instant()),
                (old, one) -> new Failures(old.count() + 1, one.last()));
    }

    void succeeded(String username) {
        byAccount.remove(username);
    }
}
