package org.onewindow.server.statistics.range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.testsupport.TestPostgres;

/** The range queries over fixture rows whose every figure is worked out by hand. */
class RangeStatisticsQueryTest {

    static final Clock DECEMBER_THIRD = Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneOffset.UTC);

    static Stream<String> servers() {
        return TestPostgres.servers();
    }

    static RangeStatisticsService service(JdbcClient jdbc, Hall hall) {
        return RangeFixtures.service(jdbc, hall, DECEMBER_THIRD);
    }

    /** November in a small hall: five tickets in range, two outside, ratings and follow-ups. */
    static void november(RangeFixtures f) {
        f.ticket("20261102-A001", "2026-11-02", "biz", "QY001", "FINISHED", "1", "COMPREHENSIVE", "clerk01", 60, 300, 0, "pk1")
                .ticket("20261102-A002", "2026-11-02", "biz", "QY001", "FINISHED", "20", "TIDAL", "clerk02", 120, 100, 1, "pk2")
                .ticket("20261102-A003", "2026-11-02", "biz", "QY001", "NO_SHOW", "1", "COMPREHENSIVE", "clerk01", 30, null, 0, "pk3")
                .ticket("20261102-A004", "2026-11-02", "biz", "QY001", "WAITING", "", "", "", null, null, 0, null)
                .ticket("20261130-C001", "2026-11-30", "social", "", "FINISHED", "9", "COMPREHENSIVE", "clerk01", 180, 200, 0, "pk5")
                .ticket("20261031-A001", "2026-10-31", "biz", "QY001", "FINISHED", "1", "COMPREHENSIVE", "clerk01", 999, 999, 0, "pk6")
                .ticket("20261201-A001", "2026-12-01", "biz", "QY001", "FINISHED", "1", "COMPREHENSIVE", "clerk01", 999, 999, 0, "pk7");
        f.rating("20261102-A001", "1", "clerk01", "biz", "VERY_SATISFIED", "2026-11-02T10:00:00+08:00")
                .rating("20261102-A002", "20", "clerk02", "biz", "DISSATISFIED", "2026-11-02T10:10:00+08:00")
                .rating("20261130-C001", "9", "clerk01", "social", "SATISFIED", "2026-11-30T23:30:00+08:00")
                // 2026-11-30 16:30 UTC, but already December in the hall: outside.
                .rating("20261201-A001", "1", "clerk01", "biz", "VERY_DISSATISFIED", "2026-12-01T00:30:00+08:00");
        f.followUp("F1", "20261102-A002", "2026-11-02T11:00:00+08:00", "2026-11-20", "2026-11-10T15:00:00+08:00")
                .followUp("F2", "20261102-A003", "2026-11-03T11:00:00+08:00", "2026-11-05", null)
                // Resolved at 01:00 on the 7th in the hall (the 6th in UTC), a day after its deadline.
                .followUp("F3", "20261102-A001", "2026-11-04T11:00:00+08:00", "2026-11-06", "2026-11-07T01:00:00+08:00")
                .followUp("F4", "20261130-C001", "2026-11-30T12:00:00+08:00", "2026-12-21", null);
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aMonthsTotalAndAreasAreTheFiguresWorkedOutByHand(String server) {
        Hall hall = TestHalls.small();
        try (HikariDataSource ds = RangeFixtures.database(TestPostgres.freshDatabase(server))) {
            JdbcClient jdbc = JdbcClient.create(ds);
            november(new RangeFixtures(jdbc, hall.id()));

            RangeStatistics s = service(jdbc, hall).of(hall.id(), "2026-11-01", "2026-11-30", "area");

            assertThat(s.days()).isEqualTo(30);
            RangeStatistics.Figures t = s.total();
            assertThat(List.of(t.tickets(), t.served(), t.noShows(), t.transferred(), t.servedAtComprehensive()))
                    .containsExactly(5L, 3L, 1L, 1L, 2L);
            assertThat(t.comprehensivePercent()).isEqualTo(66.7);
            // Waits 30, 60, 120, 180 interpolated; services 100, 200, 300 of the finished ones.
            assertThat(List.of(t.waitP50Seconds(), t.waitP90Seconds(), t.serviceP50Seconds(), t.serviceP90Seconds()))
                    .containsExactly(90L, 162L, 200L, 280L);
            assertThat(t.ratings()).containsExactly(org.assertj.core.api.Assertions.entry("VERY_SATISFIED", 1L),
                    org.assertj.core.api.Assertions.entry("SATISFIED", 1L), org.assertj.core.api.Assertions.entry("BASIC", 0L),
                    org.assertj.core.api.Assertions.entry("DISSATISFIED", 1L),
                    org.assertj.core.api.Assertions.entry("VERY_DISSATISFIED", 0L));
            assertThat(List.of(t.rated(), t.followUps(), t.resolvedOnTime(), t.resolvedLate(), t.overdue()))
                    .containsExactly(3L, 4L, 1L, 1L, 1L);
            assertThat(List.of(t.goodPercent(), t.badPercent(), t.followUpCompliancePercent()))
                    .containsExactly(66.7, 33.3, 33.3);

            assertThat(s.groups()).extracting(RangeStatistics.Group::key).containsExactly("biz", "social");
            RangeStatistics.Group biz = s.groups().get(0);
            assertThat(biz.name()).isEqualTo("企业开办");
            assertThat(List.of(biz.figures().tickets(), biz.figures().served(), biz.figures().servedAtComprehensive()))
                    .containsExactly(4L, 2L, 1L);
            assertThat(biz.figures().comprehensivePercent()).isEqualTo(50.0);
            RangeStatistics.Figures social = s.groups().get(1).figures();
            assertThat(List.of(social.tickets(), social.rated(), social.followUps(), social.overdue()))
                    .containsExactly(1L, 1L, 1L, 0L);
            assertThat(social.followUpCompliancePercent()).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void clerksItemsAndWindowsAreRowsOfTheirOwn(String server) {
        Hall hall = TestHalls.small();
        try (HikariDataSource ds = RangeFixtures.database(TestPostgres.freshDatabase(server))) {
            JdbcClient jdbc = JdbcClient.create(ds);
            november(new RangeFixtures(jdbc, hall.id()));
            RangeStatisticsService service = service(jdbc, hall);

            RangeStatistics byClerk = service.of(hall.id(), "2026-11-01", "2026-11-30", "clerk");
            assertThat(byClerk.groups()).extracting(RangeStatistics.Group::key).containsExactly("", "clerk01", "clerk02");
            RangeStatistics.Figures clerk01 = byClerk.groups().get(1).figures();
            assertThat(List.of(clerk01.tickets(), clerk01.served(), clerk01.rated(), clerk01.followUps()))
                    .containsExactly(3L, 2L, 2L, 3L);

            RangeStatistics byItem = service.of(hall.id(), "2026-11-01", "2026-11-30", "item");
            assertThat(byItem.groups()).extracting(RangeStatistics.Group::name).containsExactly("", "企业设立登记");

            RangeStatistics byWindow = service.of(hall.id(), "2026-11-02", "2026-11-02", "WINDOW");
            assertThat(byWindow.groups()).extracting(RangeStatistics.Group::key).containsExactly("", "1", "20");
            assertThat(byWindow.total().tickets()).isEqualTo(4);
            assertThat(byWindow.groups().get(2).figures().ratings().get("DISSATISFIED")).isEqualTo(1L);
        }
    }

    @Test
    void aPeriodWithNoRecordsHasZerosAndNoTimes() {
        Hall hall = TestHalls.small();
        try (HikariDataSource ds = RangeFixtures.database(TestPostgres.freshDatabase())) {
            RangeStatistics s = service(JdbcClient.create(ds), hall).of(hall.id(), "2026-01-01", "2026-01-31", null);
            assertThat(s.by()).isEqualTo("area");
            assertThat(s.groups()).isEmpty();
            assertThat(s.total().tickets()).isZero();
            assertThat(s.total().waitP50Seconds()).isNull();
            assertThat(s.total().comprehensivePercent()).isNull();
        }
    }

    @Test
    void wrongPeriodsAndGroupingsAreRefusedWithTheirReason() {
        Hall hall = TestHalls.small();
        assertThatThrownBy(() -> RangeRequest.of(hall, "2026-11-30", "2026-11-01", "area"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("from: is after to");
        assertThatThrownBy(() -> RangeRequest.of(hall, "2025-11-01", "2026-11-02", "area"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("at most 366 days");
        assertThatThrownBy(() -> RangeRequest.of(hall, "2026-11-01", null, "area"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("to: is required");
        assertThatThrownBy(() -> RangeRequest.of(hall, "2026-13-01", "2026-11-02", "area"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("from: is not a date");
        assertThatThrownBy(() -> RangeRequest.of(hall, "2026-11-01", "2026-11-02", "department"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("area, item, window, clerk");
        assertThat(RangeRequest.of(hall, "2025-11-01", "2026-11-01", "area").days()).isEqualTo(366);
    }
}
