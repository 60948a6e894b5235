package org.onewindow.protocol.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    @Test
    void delaysDoubleUpToTheCapAndStartAgainAfterAReset() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0.0);
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(800));
        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 100; i++) {
            assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
        }
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void jitterShortensADelayByAtMostAFifth() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(1000), Duration.ofSeconds(10), () -> 0.999);
        assertThat(backoff.next()).isBetween(Duration.ofMillis(800), Duration.ofMillis(1000));
    }
}
