package org.onewindow.server.records.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.onewindow.server.hall.Hall;
import org.onewindow.server.statistics.range.RangeFixtures;
import org.onewindow.server.statistics.range.RangeStatistics;
import org.onewindow.server.statistics.range.RangeStatisticsService;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.testsupport.TestPostgres;

/** The purge over fixture records: what is old loses its personal data, nothing else changes. */
class PersonalDataPurgeTest {

    static Stream<String> servers() {
        return TestPostgres.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void oldTicketsAndClosedCasesLoseTheirPersonKeysAndNamesRecentOnesAndOpenCasesKeepThem(String server) {
        Hall hall = TestHalls.small();
        try (HikariDataSource ds = RangeFixtures.database(TestPostgres.freshDatabase(server))) {
            JdbcClient jdbc = JdbcClient.create(ds);
            new RangeFixtures(jdbc, hall.id())
                    .ticket("20251101-A001", "2025-11-01", "biz", "QY001", "FINISHED", "1", "COMPREHENSIVE", "clerk01", 60, 300, 0, "pk-old1")
                    .ticket("20251130-A001", "2025-11-30", "biz", "QY001", "NO_SHOW", "1", "COMPREHENSIVE", "clerk01", 30, null, 0, "pk-old2")
                    .ticket("20251201-A001", "2025-12-01", "biz", "QY001", "FINISHED", "1", "COMPREHENSIVE", "clerk01", 90, 200, 0, "pk-new")
                    .rating("20251101-A001", "1", "clerk01", "biz", "SATISFIED", "2025-11-01T10:00:00+08:00")
                    .aCase("C-OLD-CLOSED", "2025-10-01T09:00:00+08:00", "2025-11-20T09:00:00+08:00", "张*", "pk-old1")
                    .aCase("C-OLD-OPEN", "2025-10-01T09:00:00+08:00", null, "李*", "pk-old3")
                    .aCase("C-RECENT", "2025-11-25T09:00:00+08:00", "2025-12-02T09:00:00+08:00", "王*", "pk-new");
            RangeStatisticsService statistics = RangeFixtures.service(jdbc, hall, java.time.Clock.systemUTC());
            RangeStatistics before = statistics.of(hall.id(), "2025-11-01", "2025-12-31", "clerk");

            PersonalDataPurge purge = new PersonalDataPurge(jdbc);
            PersonalDataPurge.Purged first = purge.before(LocalDate.parse("2025-12-01"));

            assertThat(first).isEqualTo(new PersonalDataPurge.Purged(true, 2, 1));
            assertThat(jdbc.sql("select ticket_id from ticket_record where person_key is not null").query(String.class).list())
                    .containsExactly("20251201-A001");
            assertThat(jdbc.sql("select case_no || ' ' || coalesce(masked_name, '-') || ' ' || coalesce(person_key, '-')"
                    + " from case_record order by case_no").query(String.class).list())
                    .containsExactly("C-OLD-CLOSED - -", "C-OLD-OPEN 李* pk-old3", "C-RECENT 王* pk-new");
            assertThat(jdbc.sql("select count(*) from ticket_record").query(Long.class).single()).isEqualTo(3);
            assertThat(statistics.of(hall.id(), "2025-11-01", "2025-12-31", "clerk")).isEqualTo(before);

            PersonalDataPurge.Purged again = purge.before(LocalDate.parse("2025-12-01"));
            assertThat(again).isEqualTo(new PersonalDataPurge.Purged(true, 0, 0));
            assertThat(jdbc.sql("select tickets || '/' || cases from personal_data_purge order by id").query(String.class).list())
                    .containsExactly("2/1", "0/0");
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void whileAnotherInstanceHoldsThePurgeNothingIsCleared(String server) throws Exception {
        Hall hall = TestHalls.small();
        try (HikariDataSource ds = RangeFixtures.database(TestPostgres.freshDatabase(server))) {
            JdbcClient jdbc = JdbcClient.create(ds);
            new RangeFixtures(jdbc, hall.id())
                    .ticket("20251101-A001", "2025-11-01", "biz", "QY001", "FINISHED", "1", "COMPREHENSIVE", "clerk01", 60, 300, 0, "pk-old");
            try (java.sql.Connection other = ds.getConnection()) {
                other.setAutoCommit(false);
                try (java.sql.PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, PersonalDataPurge.LOCK);
                    lock.execute();
                }
                assertThat(new PersonalDataPurge(jdbc).before(LocalDate.parse("2025-12-01")))
                        .isEqualTo(new PersonalDataPurge.Purged(false, 0, 0));
                other.rollback();
            }
            assertThat(jdbc.sql("select person_key from ticket_record").query(String.class).list()).containsExactly("pk-old");
            assertThat(new PersonalDataPurge(jdbc).before(LocalDate.parse("2025-12-01")).tickets()).isEqualTo(1);
        }
    }

    @org.junit.jupiter.api.Test
    void aRetentionOfLessThanADayIsRefusedAtStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RetentionSettings(0))
                .hasMessageContaining("personal-data-days must be at least 1");
        assertThat(List.of(new RetentionSettings(365).personalDataDays())).containsExactly(365);
    }
}
