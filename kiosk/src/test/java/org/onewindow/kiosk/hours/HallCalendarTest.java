package org.onewindow.kiosk.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.rest.HallView;

class HallCalendarTest {

    /** Weekdays 08:30–17:30; National Day off on a Thursday; the Sunday before worked instead. */
    private static HallView hall(List<String> openDays) {
        return new HallView("h", "大厅", "Hall", "Asia/Shanghai", "08:30", "17:30", openDays, List.of(), List.of(),
                List.of(), 70, true, List.of("2026-10-01"), List.of("2026-09-27"));
    }

    private static final HallCalendar WEEKDAYS = new HallCalendar(hall(List.of("MONDAY", "TUESDAY", "WEDNESDAY",
            "THURSDAY", "FRIDAY")));

    @Test
    void openFromOpeningTimeUntilJustBeforeClosingOnWorkingDaysOnly() {
        assertThat(WEEKDAYS.isOpen(Instant.parse("2026-11-25T00:29:59Z"))).isFalse(); // 08:29:59 in Shanghai
        assertThat(WEEKDAYS.isOpen(Instant.parse("2026-11-25T00:30:00Z"))).isTrue();
        assertThat(WEEKDAYS.isOpen(Instant.parse("2026-11-25T09:29:59Z"))).isTrue();
        assertThat(WEEKDAYS.isOpen(Instant.parse("2026-11-25T09:30:00Z"))).isFalse(); // 17:30
        assertThat(WEEKDAYS.isOpen(Instant.parse("2026-11-28T02:00:00Z"))).isFalse(); // Saturday
        assertThat(WEEKDAYS.isOpen(Instant.parse("2026-10-01T02:00:00Z"))).isFalse(); // holiday
        assertThat(WEEKDAYS.isOpen(Instant.parse("2026-09-27T02:00:00Z"))).isTrue();  // make-up Sunday
    }

    @Test
    void theNextWorkingDaysSkipWeekendsAndHolidays() {
        assertThat(WEEKDAYS.workingDaysAfter(Instant.parse("2026-09-30T02:00:00Z"), 3, 7))
                .containsExactly(LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-06"));
        assertThat(WEEKDAYS.workingDaysAfter(Instant.parse("2026-09-30T02:00:00Z"), 3, 2))
                .containsExactly(LocalDate.parse("2026-10-02"));
    }

    @Test
    void openingTimesNameARunOfDaysByItsEnds() {
        assertThat(WEEKDAYS.openingTimes(false)).isEqualTo("周一至周五 08:30–17:30");
        assertThat(WEEKDAYS.openingTimes(true)).isEqualTo("Mon–Fri 08:30–17:30");
        assertThat(new HallCalendar(hall(List.of("MONDAY", "WEDNESDAY", "SATURDAY"))).openingTimes(false))
                .isEqualTo("周一、周三、周六 08:30–17:30");
    }
}
