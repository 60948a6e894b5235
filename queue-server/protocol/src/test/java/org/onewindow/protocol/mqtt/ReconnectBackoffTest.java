package org.onewindow.protocol.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    /** The delays up to the first one at or past {@code until} since the broker went away. */
    private static List<Duration> schedule(ReconnectBackoff backoff, Duration until) {
        List<Duration> delays = new ArrayList<>();
        Duration away = Duration.ZERO;
        while (away.compareTo(until) < 0) {
            Duration next = backoff.next();
            delays.add(next);
            away = away.plus(next);
        }
        return delays;
    }

    @Test
    void aBrokerBackWithinHalfAMinuteIsTriedAtMostHalfASecondApart() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofSeconds(15), () -> 0.0);

        List<Duration> firstHalfMinute = schedule(backoff, Duration.ofSeconds(30));

        assertThat(firstHalfMinute.subList(0, 4))
                .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(500));
        assertThat(firstHalfMinute).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(500)));
    }

    @Test
    void aBrokerAwayForLongerIsTriedLessAndLessOftenUpToTheMaximum() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofSeconds(15), () -> 0.0);
        schedule(backoff, Duration.ofSeconds(30));

        assertThat(List.of(backoff.next(), backoff.next(), backoff.next(), backoff.next(), backoff.next(), backoff.next()))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
                        Duration.ofSeconds(15), Duration.ofSeconds(15));
        for (int i = 0; i < 100; i++) {
            assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(15));
        }
    }

    @Test
    void aResetAfterAConnectionStartsTheQuickAttemptsAgain() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofSeconds(15), () -> 0.0);
        schedule(backoff, Duration.ofMinutes(5));

        backoff.reset();

        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
        assertThat(schedule(backoff, Duration.ofSeconds(29))).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(500)));
    }

    @Test
    void jitterShortensADelayByAtMostAFifth() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(1000), Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofSeconds(10), () -> 0.999);
        assertThat(backoff.next()).isBetween(Duration.ofMillis(800), Duration.ofMillis(1000));
    }

    @Test
    void everyGatewayTriesAReturningBrokerWithinHalfASecondForHalfAMinute() {
        List<Duration> firstHalfMinute = schedule(ReconnectBackoff.forBroker(), Duration.ofSeconds(30));

        assertThat(firstHalfMinute.get(0)).isLessThanOrEqualTo(Duration.ofMillis(100));
        assertThat(firstHalfMinute).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(500)));
    }
}
