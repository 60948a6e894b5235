package org.onewindow.server.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles. */
class PercentileTest {

    @Test
    void theNearestRankIsAValueThatOccurred() {
        List<Long> tenToHundred = LongStream.rangeClosed(1, 10).map(i -> i * 10).boxed().toList();
        assertThat(Percentile.of(tenToHundred, 50)).isEqualTo(50L);
        assertThat(Percentile.of(tenToHundred, 90)).isEqualTo(90L);
        assertThat(Percentile.of(List.of(300L, 100L, 200L, 400L), 50)).isEqualTo(200L);
        assertThat(Percentile.of(List.of(300L, 100L, 200L, 400L), 90)).isEqualTo(400L);
        assertThat(Percentile.of(List.of(7L), 90)).isEqualTo(7L);
    }

    @Test
    void noValuesHaveNoPercentile() {
        assertThat(Percentile.of(List.of(), 50)).isNull();
    }
}
