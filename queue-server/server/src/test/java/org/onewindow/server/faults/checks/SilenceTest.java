package org.onewindow.server.faults.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SilenceTest {

    @Test
    void theGapAcrossTheFaultCountsAfterItAndTheOrdinaryOneBefore() {
        // Calls every 100 ms, 300 ms once before the fault at 1000; none from 1000 to 3500.
        Silence silence = Silence.of(List.of(0L, 100L, 400L, 500L, 900L, 3500L, 3600L), 0, 1000, 3700);

        assertThat(silence.ordinaryMillis()).isEqualTo(400);
        assertThat(silence.afterFaultMillis()).isEqualTo(2600);
    }

    @Test
    void callsThatNeverResumeAreSilentUntilTheEndOfTheLoad() {
        Silence silence = Silence.of(List.of(0L, 100L, 200L), 0, 300, 5300);

        assertThat(silence.afterFaultMillis()).isEqualTo(5000);
    }

    @Test
    void aFinishWithoutItsCaseAndALongSilenceAreMissedTargets() {
        ScenarioResult result = new ScenarioResult("kill", 10, 0, 0, 5, 1, 8, 0, 8, 0, 2, 0, 0, 3, 0, 0, 300, 2600, 2000,
                List.of());

        assertThat(result.missedTargets()).containsExactly("kill: 1 acknowledged finishes without their case",
                "kill: calls topic silent 2600 ms (target 2000 ms)");
    }
}
