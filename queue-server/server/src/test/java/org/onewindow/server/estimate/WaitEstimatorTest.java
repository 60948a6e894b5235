package org.onewindow.server.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WaitEstimatorTest {

    @Test
    void withFewMeasuredServicesTheConfiguredDefaultIsUsed() {
        assertThat(WaitEstimator.typicalServiceSeconds(List.of(100L, 200L), 10)).isEqualTo(600);
        assertThat(WaitEstimator.typicalServiceSeconds(null, 8)).isEqualTo(480);
    }

    @Test
    void oneForgottenTicketDoesNotSwingTheTypicalServiceTime() {
        List<Long> samples = List.of(300L, 320L, 280L, 310L, 290L, 300L, 305L, 295L, 315L, 7200L);
        assertThat(WaitEstimator.typicalServiceSeconds(samples, 10)).isBetween(295L, 310L);
    }

    @Test
    void openWindowsShareTheQueue() {
        assertThat(WaitEstimator.waitSeconds(12, 300, 4)).hasValue(900);
        assertThat(WaitEstimator.waitSeconds(0, 300, 4)).hasValue(0);
    }

    @Test
    void withNoWindowOpenThereIsNoEstimate() {
        assertThat(WaitEstimator.waitSeconds(12, 300, 0)).isEmpty();
        assertThat(WaitEstimator.waitSeconds(0, 300, 0)).isEmpty();
    }
}
