package org.onewindow.server.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Redis memory of one hall over a simulated month, on a whole server with real Redis and PostgreSQL:
 * 30 working days (six weeks of the calendar) of {@value #TICKETS_A_DAY} tickets, a third of them
 * cases taken to delivery, every other service rated. After each day the hourly release runs once,
 * and the hall's keys in Redis are weighed with MEMORY USAGE, beside what they would weigh had
 * nothing left them; the event log and the keys that expire on their own within a day of real
 * time are weighed apart ({@link SimulatedDays#memory()}). Run with {@code -Pbenchmark -Dtest=MonthInRedisBenchmark}.
 */
@Tag("benchmark")
class MonthInRedisBenchmark extends SimulatedHallServer {

    private static final int DAYS = Integer.getInteger("bench.days", 30);
    private static final int TICKETS_A_DAY = 150;
    /** Monday 5 October 2026. */
    private static final LocalDate FIRST = LocalDate.of(2026, 10, 5);

    @Test
    void aMonthOfAHall() {
        SimulatedDays days = days();
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
