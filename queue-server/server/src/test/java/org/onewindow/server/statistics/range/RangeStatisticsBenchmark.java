package org.onewindow.server.statistics.range;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.testsupport.TestPostgres;

/**
 * How long a month's range statistics take for a large hall: 2,000 tickets a day for 30 days
 * (60,000 tickets, their ratings and follow-ups), on the embedded PostgreSQL. Run with
 * {@code -Pbenchmark}; prints the times of each grouping.
 */
@Tag("benchmark")
class RangeStatisticsBenchmark {

    @Test
    void aLargeHallsMonth() {
        Hall hall = TestHalls.small();
        try (HikariDataSource ds = RangeFixtures.database(TestPostgres.freshDatabase())) {
            JdbcClient jdbc = JdbcClient.create(ds);
            long t0 = System.nanoTime();
            new RangeFixtures(jdbc, hall.id()).generatedMonth(LocalDate.parse("2026-11-01"), 30, 2_000);
            jdbc.sql("analyze").update();
            System.out.printf("range statistics: generated 60,000 tickets in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            RangeStatisticsService service = RangeFixtures.service(jdbc, hall, RangeStatisticsQueryTest.DECEMBER_THIRD);
            for (RangeGrouping by : RangeGrouping.values()) {
                service.of(hall.id(), "2026-11-01", "2026-11-30", by.wire());
                long best = Long.MAX_VALUE;
                RangeStatistics s = null;
                for (int i = 0; i < 5; i++) {
                    long start = System.nanoTime();
                    s = service.of(hall.id(), "2026-11-01", "2026-11-30", by.wire());
                    best = Math.min(best, System.nanoTime() - start);
                }
                assertThat(s.total().tickets()).isEqualTo(60_000);
                System.out.printf("range statistics: 2026-11-01..30 by %-6s %2d rows, best of 5 %4d ms (%d ratings, %d follow-ups)%n",
                        by.wire(), s.groups().size(), best / 1_000_000, s.total().rated(), s.total().followUps());
            }
        }
    }
}
