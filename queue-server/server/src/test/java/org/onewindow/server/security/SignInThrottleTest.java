package org.onewindow.server.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.testsupport.MutableClock;

/** The throttle's rules (ADR 0020), each try counted as wrong unless {@code succeeded} says otherwise. */
class SignInThrottleTest {

    private static final String CLERK_PC = "10.0.0.21";
    private static final String GUESSER = "10.0.0.99";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T01:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    private void wrong(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.begin(username, address)).as("try %d of %s", i + 1, username).isEmpty();
        }
    }

    private boolean allowed(String username, String address) {
        Optional<Duration> wait = throttle.begin(username, address);
        return wait.isEmpty();
    }

    @Test
    void fiveWrongPasswordsPauseTheAccountAtThatAddressForFiveMinutes() {
        wrong("clerk01", GUESSER, 5);
        assertThat(throttle.begin("clerk01", GUESSER)).contains(Duration.ofMinutes(5));
        assertThat(allowed("clerk02", GUESSER)).as("other accounts are not affected").isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(allowed("clerk01", GUESSER)).isTrue();
    }

    @Test
    void aGoodPasswordStartsTheCountAgain() {
        wrong("clerk01", CLERK_PC, 4);
        assertThat(allowed("clerk01", CLERK_PC)).isTrue();
        throttle.succeeded("clerk01", CLERK_PC);
        wrong("clerk01", CLERK_PC, 4);
        assertThat(allowed("clerk01", CLERK_PC)).isTrue();
    }

    @Test
    void everySpellingOfANameIsOneAccount() {
        wrong("clerk07", GUESSER, 2);
        wrong("CLERK07", GUESSER, 2);
        wrong(" cLErK07 ", GUESSER, 1);
        assertThat(allowed("Clerk07", GUESSER)).isFalse();
    }

    @Test
    void anAccountPausedByAGuesserStillLetsTheClerkInFromTheirOwnPc() {
        wrong("clerk03", GUESSER, 5);
        assertThat(allowed("clerk03", GUESSER)).isFalse();
        assertThat(allowed("clerk03", CLERK_PC)).isTrue();
        throttle.succeeded("clerk03", CLERK_PC);
        assertThat(allowed("clerk03", GUESSER)).as("the guesser stays paused").isFalse();
    }

    @Test
    void whileAnAccountIsPausedEachOtherAddressHasThreeTries() {
        for (int i = 0; i < 5; i++) {
            wrong("clerk04", "10.0.1." + i, 1);
        }
        wrong("clerk04", CLERK_PC, 3);
        assertThat(allowed("clerk04", CLERK_PC)).isFalse();
        assertThat(allowed("clerk04", "10.0.2.1")).isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(allowed("clerk04", CLERK_PC)).as("five quiet minutes end the pause").isTrue();
    }

    @Test
    void twentyWrongPasswordsFromOneAddressPauseItForEveryAccount() {
        for (int i = 0; i < 20; i++) {
            wrong("name" + i, GUESSER, 1);
        }
        assertThat(throttle.begin("clerk05", GUESSER)).contains(Duration.ofMinutes(5));
        assertThat(allowed("clerk05", CLERK_PC)).isTrue();
    }

    @Test
    void signingInToAnAccountOfOnesOwnDoesNotWipeAnAddressesFailures() {
        for (int i = 0; i < 19; i++) {
            wrong("name" + i, GUESSER, 1);
        }
        assertThat(allowed("clerk06", GUESSER)).isTrue();
        throttle.succeeded("clerk06", GUESSER);
        assertThat(allowed("name-x", GUESSER)).isTrue();
        assertThat(allowed("name-y", GUESSER)).isFalse();
    }

    @Test
    void aFloodOfNewNamesAndAddressesIsHeldInBoundedMemory() {
        for (int i = 0; i < 3 * SignInThrottle.CAPACITY; i++) {
            throttle.begin("guess-" + i, "10." + (i >> 16) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertThat(throttle.tracked()).isLessThanOrEqualTo(3 * SignInThrottle.CAPACITY);
    }
}
