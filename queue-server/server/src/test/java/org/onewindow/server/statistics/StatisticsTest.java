package org.onewindow.server.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.RatingLevel;
import org.onewindow.protocol.rest.DayStatistics.Figures;
import org.onewindow.protocol.rest.DayStatistics;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.rest.TransferRequest;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.database.RecordsSchema;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.testsupport.TestPostgres;

import org.springframework.jdbc.core.simple.JdbcClient;


/**
 * A day at the small test hall, worked through the real ticket, calling and tidal services on a
 * real Redis, and its figures checked to the second: live today, then from the kept summary.
 */
class StatisticsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    /** Every level counted, none given: this day has no ratings. */
    private static final Map<String, Integer> NO_RATINGS = zeros();

    private static Map<String, Integer> zeros() {
        Map<String, Integer> zeros = new LinkedHashMap<>();
        for (RatingLevel level : RatingLevel.values()) {
            zeros.put(level.name(), 0);
        }
        return zeros;
    }

    private final MutableClock clock = new MutableClock(at("09:00").toInstant());

    private static ZonedDateTime at(String time) {
        return ZonedDateTime.of(DAY, LocalTime.parse(time), ZoneId.of("Asia/Shanghai"));
    }

    private void set(String time) {
        clock.set(at(time).toInstant());
    }

    private HikariDataSource records;
    private DaySummaries summaries;

    @BeforeEach
    void records() {
        records = TestPostgres.dataSource(TestPostgres.freshDatabase());
        RecordsSchema schema = new RecordsSchema(records);
        schema.migrateAtStart(true);
        summaries = new DaySummaries(JdbcClient.create(records), schema);
    }

    @AfterEach
    void closeRecords() {
        records.close();
    }

    private StatisticsService statistics(QueueCore core, Hall hall, MutableClock clock) {
        return new StatisticsService(new HallDirectory(List.of(hall)), new StatisticsStore(core.pool, core.scripts),
                summaries, (hallId, day) -> List.of(), clock);
    }

    private static String issue(QueueCore core, Hall hall, String area) {
        return core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), area, null, null,
                null, null), "kiosk-1").ticket().number();
    }

    private static String call(QueueCore core, Hall hall, String window) {
        return core.calling.callNext(hall.id(), window, "clerk" + window).map(TicketView::number).orElseThrow();
    }

    /**
     * biz (A): A001 served at comprehensive window 1; A002 transferred to estate and served at tidal
     * window 20; A003 a no-show; A004 still waiting. estate (B): B001 served at window 20. social
     * (C): C001 being served at window 9.
     */
    private void workTheDay(QueueCore core, Hall hall) {
        core.tidal.open(hall.id(), "20", List.of("estate"), "manager", "排队过长", false);
        for (String window : List.of("1", "9", "20")) {
            core.calling.signIn(hall.id(), window, "clerk" + window);
        }
        issue(core, hall, "biz");
        set("09:05");
        issue(core, hall, "biz");
        set("09:20");
        issue(core, hall, "estate");
        set("09:30");
        assertThat(call(core, hall, "1")).isEqualTo("A001");
        set("09:40");
        core.calling.finish(hall.id(), "1", "clerk1");
        assertThat(call(core, hall, "1")).isEqualTo("A002");
        set("09:45");
        core.calling.transfer(hall.id(), "1", "clerk1", new TransferRequest("estate", null));
        set("09:50");
        assertThat(call(core, hall, "20")).isEqualTo("A002");
        set("10:05");
        core.calling.finish(hall.id(), "20", "clerk20");
        issue(core, hall, "biz");
        assertThat(call(core, hall, "20")).isEqualTo("B001");
        set("10:10");
        issue(core, hall, "social");
        set("10:15");
        issue(core, hall, "biz");
        set("10:20");
        assertThat(call(core, hall, "1")).isEqualTo("A003");
        set("10:21");
        core.calling.recall(hall.id(), "1", "clerk1");
        set("10:22");
        core.calling.noShow(hall.id(), "1", "clerk1");
        set("10:25");
        core.calling.finish(hall.id(), "20", "clerk20");
        set("10:30");
        assertThat(call(core, hall, "9")).isEqualTo("C001");
    }

    private static Figures figures(int issued, int waiting, int called, int done, int noShow, int transferred,
                                   int atComprehensive, Double percent, Long waitP50, Long waitP90,
                                   Long serviceP50, Long serviceP90) {
        return new Figures(issued, waiting, called, done, noShow, transferred, atComprehensive, percent, waitP50,
                waitP90, serviceP50, serviceP90, NO_RATINGS);
    }

    private static void assertTheDay(DayStatistics day, Hall hall) {
        assertThat(day.hallId()).isEqualTo(hall.id());
        assertThat(day.date()).isEqualTo("2026-11-24");
        assertThat(day.timeZone()).isEqualTo("Asia/Shanghai");
        // Waits: A001 1800 s, A002 2100, A003 900, B001 2700, C001 1200. Services: A001 600,
        // A002 900 (from its call at window 20), B001 1200.
        assertThat(day.total()).isEqualTo(figures(6, 1, 1, 3, 1, 1, 1, 33.3, 1800L, 2700L, 900L, 1200L));
        assertThat(day.areas()).extracting(DayStatistics.Area::areaId).containsExactly("biz", "estate", "social");
        assertThat(day.areas()).extracting(DayStatistics.Area::name).containsExactly("企业开办", "不动产登记", "社保医保");
        assertThat(day.areas().get(0).figures()).isEqualTo(figures(4, 1, 0, 2, 1, 1, 1, 50.0, 1800L, 2100L, 600L, 900L));
        assertThat(day.areas().get(1).figures()).isEqualTo(figures(1, 0, 0, 1, 0, 0, 0, 0.0, 2700L, 2700L, 1200L, 1200L));
        assertThat(day.areas().get(2).figures()).isEqualTo(figures(1, 0, 1, 0, 0, 0, 0, null, 1200L, 1200L, null, null));
        // The hall opens 08:30-17:30 (Asia/Shanghai), the clock runs in UTC.
        assertThat(day.hours()).extracting(DayStatistics.Hour::hour).containsExactly(8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
        assertThat(day.hours().get(1)).isEqualTo(new DayStatistics.Hour(9, 3, Map.of("biz", 2, "estate", 1)));
        assertThat(day.hours().get(2)).isEqualTo(new DayStatistics.Hour(10, 3, Map.of("biz", 2, "social", 1)));
        assertThat(day.hours().get(0)).isEqualTo(new DayStatistics.Hour(8, 0, Map.of()));
        assertThat(day.total().ratings()).containsExactly(entry("VERY_SATISFIED", 0), entry("SATISFIED", 0),
                entry("BASIC", 0), entry("DISSATISFIED", 0), entry("VERY_DISSATISFIED", 0));
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void todaysFiguresAreExactAndStillOpen(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            workTheDay(core, hall);
            DayStatistics today = statistics(core, hall, clock).of(hall.id(), null);
            assertTheDay(today, hall);
            assertThat(today.complete()).isFalse();
            assertThat(today.computedAt()).isEqualTo(at("10:30").toInstant());
            assertThat(statistics(core, hall, clock).of(hall.id(), "2026-11-24")).isEqualTo(today);
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aPastDayIsSummarisedOnceAndOutlivesItsTickets(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            workTheDay(core, hall);
            clock.advance(Duration.ofDays(1));
            StatisticsService statistics = statistics(core, hall, clock);
            DayStatistics summary = statistics.of(hall.id(), "2026-11-24");
            assertTheDay(summary, hall);
            assertThat(summary.complete()).isTrue();
            assertThat(summaries.kept(hall.id(), DAY)).as("kept in the records").isTrue();
            assertThat(core.pool.exists(HallKeys.of(hall.id()).dayStatistics("20261124"))).as("not in Redis").isFalse();

            // As the day's release does once the records hold it.
            core.pool.del(HallKeys.of(hall.id()).tickets("20261124"));
            clock.advance(Duration.ofDays(30));
            assertThat(statistics.of(hall.id(), "2026-11-24")).isEqualTo(summary);
        }
    }

    @Test
    void aSummaryKeptInRedisByAnEarlierVersionMovesToTheRecordsWhenRead() {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            workTheDay(core, hall);
            String key = HallKeys.of(hall.id()).dayStatistics("20261124");
            DayStatistics earlier = StatisticsCalculator.of(hall, DAY, new StatisticsStore(core.pool, core.scripts)
                    .tickets(hall.id(), "20261124"), true, clock.instant());
            core.pool.set(key, JsonCodec.toJson(earlier));
            clock.advance(Duration.ofDays(3));

            assertThat(statistics(core, hall, clock).of(hall.id(), "2026-11-24")).isEqualTo(RatingCounts.overlay(earlier, List.of()));
            assertThat(summaries.kept(hall.id(), DAY)).isTrue();
            assertThat(core.pool.exists(key)).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void theSweepKeepsADayNobodyAskedForAndADayWithoutTicketsIsZero(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "social");
            clock.advance(Duration.ofDays(1));
            StatisticsService statistics = statistics(core, hall, clock);
            statistics.summarisePastDays();
            core.pool.del(HallKeys.of(hall.id()).tickets("20261124"));

            DayStatistics kept = statistics.of(hall.id(), "2026-11-24");
            assertThat(kept.total().issued()).isEqualTo(1);
            assertThat(kept.total().waiting()).isEqualTo(1);
            assertThat(kept.areas().get(2).figures().issued()).isEqualTo(1);
            DayStatistics before = statistics.of(hall.id(), "2026-11-23");
            assertThat(before.complete()).isTrue();
            assertThat(before.total().issued()).isZero();
            assertThat(before.hours()).allMatch(h -> h.issued() == 0);
            assertThat(statistics.of(hall.id(), "2026-10-22").total().issued()).as("34 days back: kept, none").isZero();
            // 35 days back from the 25th the tickets may have expired unsummarised: no figures are made up.
            assertThatThrownBy(() -> statistics.of(hall.id(), "2026-10-21")).isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("2026-10-21");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aBadOrFutureDateNamesTheFieldAndAnUnknownHallIsNotFound(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            StatisticsService statistics = statistics(core, hall, clock);
            for (String bad : List.of("24.11.2026", "2026-11-31", "2026-11-24T09:00", "yesterday")) {
                assertThatThrownBy(() -> statistics.of(hall.id(), bad))
                        .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("date"))
                        .hasMessageContaining("yyyy-MM-dd");
            }
            assertThatThrownBy(() -> statistics.of(hall.id(), "2026-11-25"))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("date"))
                    .hasMessageContaining("after today, 2026-11-24");
            assertThatThrownBy(() -> statistics.of("nohall", "2026-11-24")).isInstanceOf(NotFoundException.class);
        }
    }
}
