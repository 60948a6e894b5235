package org.onewindow.server.security;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.SignInRefusedException;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T01:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fiveWrongPasswordsPauseTheAccountForFiveMinutes() {
        for (int i = 0; i < 5; i++) {
            throttle.check("clerk01");
            throttle.failed("clerk01");
        }
        assertThatThrownBy(() -> throttle.check("clerk01")).isInstanceOf(SignInRefusedException.class)
                .hasMessageContaining("300 s");
        assertThatCode(() -> throttle.check("clerk02")).as("other accounts are not affected").doesNotThrowAnyException();
        clock.advance(Duration.ofMinutes(5));
        assertThatCode(() -> throttle.check("clerk01")).doesNotThrowAnyException();
    }

    @Test
    void aGoodPasswordStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("clerk01");
        }
        throttle.succeeded("clerk01");
        throttle.failed("clerk01");
        assertThatCode(() -> throttle.check("clerk01")).doesNotThrowAnyException();
    }
}
