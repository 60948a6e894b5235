package org.onewindow.server.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import redis.clients.jedis.JedisPool;

import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.calling.CallingService;
import org.onewindow.server.cases.CaseService;
import org.onewindow.server.pipeline.HallLeases;
import org.onewindow.server.rating.RatingService;
import org.onewindow.server.testsupport.TestServer;
import org.onewindow.server.ticket.TicketService;

/**
 * Redis memory of one hall over a simulated month, on a whole server with real Redis and PostgreSQL:
 * 30 working days (six weeks of the calendar) of {@value #TICKETS_A_DAY} tickets, a third of them
 * cases taken to delivery, every other service rated. After each day the hourly release runs once,
 * and the hall's keys in Redis are weighed with MEMORY USAGE, beside what they would weigh had
 * nothing left them; the event log and the keys that expire on their own within a day of real
 * time are weighed apart ({@link SimulatedDays#memory()}). Run with {@code -Pbenchmark -Dtest=MonthInRedisBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonthInRedisBenchmark {

    private static final int DAYS = Integer.getInteger("bench.days", 30);
    private static final int TICKETS_A_DAY = 150;
    /** Monday 5 October 2026. */
    private static final LocalDate FIRST = LocalDate.of(2026, 10, 5);
    private static final MutableClock CLOCK = new MutableClock(
            ZonedDateTime.of(FIRST.atTime(8, 0), ZoneId.of("Asia/Shanghai")).toInstant());

    @TestConfiguration(proxyBeanMethods = false)
    static class HallTime {
        @Bean
        @Primary
        Clock movedByTheBenchmark() {
            return CLOCK;
        }
    }

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @Autowired
    TicketService tickets;
    @Autowired
    CallingService calling;
    @Autowired
    CaseService cases;
    @Autowired
    RatingService ratings;
    @Autowired
    JedisPool redis;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HallLeases leases;
    @Autowired
    LiveDayRelease release;

    @Test
    void aMonthOfAHall() {
        SimulatedDays days = new SimulatedDays(CLOCK, tickets, calling, cases, ratings, redis, jdbc);
        await().atMost(Duration.ofSeconds(30)).until(() -> leases.holds(SimulatedDays.HALL));
        long started = System.nanoTime();
        long releasedBytes = 0;
        long issued = 0;
        long firstWeek = 0;
        long lastWeek = 0;
        long firstWeekLog = 0;
        long lastWeekLog = 0;
        LocalDate day = FIRST;
        System.out.println("month in Redis: day  sweep at    tickets  hall keys in Redis  without release   event log  expiring   records: tickets cases ratings");
        for (int n = 1; n <= DAYS; n++) {
            issued += days.work(day, TICKETS_A_DAY).ticketIds().size();
            day = SimulatedDays.nextWorkingDay(day);
            days.at(day, "03:00");
            long before = days.memory().hallKeys();
            release.sweep();
            SimulatedDays.Memory after = days.memory();
            releasedBytes += before - after.hallKeys();
            System.out.printf("month in Redis: %3d  %s  %6d  %,15d B  %,13d B  %,9d B  %,8d B  %,8d %5d %7d%n", n, day,
                    issued, after.hallKeys(), after.hallKeys() + releasedBytes, after.eventLog(), after.expiringByThemselves(),
                    days.count("ticket_record"), days.count("case_record"), days.count("rating_record"));
            if (n >= 6 && n <= 10) {
                firstWeek = Math.max(firstWeek, after.hallKeys());
                firstWeekLog = Math.max(firstWeekLog, after.eventLog());
            }
            if (n > DAYS - 5) {
                lastWeek = Math.max(lastWeek, after.hallKeys());
                lastWeekLog = Math.max(lastWeekLog, after.eventLog());
            }
        }
        long heldAtEnd = days.memory().hallKeys();
        days.byKind().forEach((kind, sum) -> System.out.printf("month in Redis: at the end %-40s %5d keys %,11d B%n",
                kind, sum[0], sum[1]));
        System.out.printf("month in Redis: %d days, %d tickets in %d s; hall keys at the end %,d B, %.1f%% of the %,d B "
                        + "without release; last week's peak / second week's peak = %.2f (hall keys), %.2f (event log)%n",
                DAYS, issued, (System.nanoTime() - started) / 1_000_000_000, heldAtEnd,
                100.0 * heldAtEnd / (heldAtEnd + releasedBytes), heldAtEnd + releasedBytes, (double) lastWeek / firstWeek,
                (double) lastWeekLog / firstWeekLog);

        assertThat(days.count("ticket_record")).as("every ticket in the records").isEqualTo(issued);
        assertThat(days.count("case_record")).isEqualTo(jdbc.sql("select count(*) from ticket_record where item = 'QY001'")
                .query(Long.class).single());
        assertThat(lastWeek).as("Redis bounded by the live days: no growth from the second week to the sixth")
                .isLessThan(firstWeek * 13 / 10);
        assertThat(lastWeekLog).as("the event log too").isLessThan(firstWeekLog * 13 / 10);
    }
}
