package org.onewindow.server.terminal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.RefusedException;

/** The limits of identity look-ups, on a clock the test moves. */
class IdentityLookupLimitsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
    private final IdentityLookupLimits limits = new IdentityLookupLimits(clock, new TerminalSettings(30, 10));

    @Test
    void onePersonIsLookedUpTenTimesAMinuteWhicheverTerminalAsks() {
        for (int i = 0; i < 10; i++) {
            limits.count(i % 2 == 0 ? "terminal-1" : "terminal-2", "person-a");
        }
        assertThatThrownBy(() -> limits.count("terminal-3", "person-a")).isInstanceOf(RefusedException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((RefusedException) e).code()).isEqualTo("TOO_MANY_REQUESTS"));
        assertThatCode(() -> limits.count("terminal-3", "person-b")).doesNotThrowAnyException();

        clock.advance(Duration.ofMinutes(1));
        assertThatCode(() -> limits.count("terminal-3", "person-a")).doesNotThrowAnyException();
    }

    @Test
    void aTerminalTryingManyPersonsIsStoppedAfterThirtyAMinute() {
        for (int i = 0; i < 30; i++) {
            limits.count("terminal-1", "person-" + i);
        }
        assertThatThrownBy(() -> limits.count("terminal-1", "person-30")).isInstanceOf(RefusedException.class);
        assertThatCode(() -> limits.count("terminal-2", "person-31")).doesNotThrowAnyException();
    }

    @Test
    void aFloodOfMadeUpPersonsKeepsOnlyABoundedNumberOfCounts() {
        for (int i = 0; i < IdentityLookupLimits.KEPT + 500; i++) {
            clock.advance(Duration.ofMinutes(1)); // a new window each time: no limit is reached
            limits.count("terminal-" + i, "person-" + i);
        }
        org.assertj.core.api.Assertions.assertThat(limits.counted()).isLessThanOrEqualTo(2 * IdentityLookupLimits.KEPT);
    }
}
