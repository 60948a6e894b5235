package org.onewindow.server.hall;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final OpeningHours WEEKDAYS = new OpeningHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(8, 30), LocalTime.of(17, 30),
            // National Day 2026: Thursday 1 October to Wednesday 7 October; Saturday 10 October worked.
            Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            Set.of(LocalDate.of(2026, 10, 10)));

    @Test
    void weekendsAreSkipped() {
        // Wednesday 25 November 2026 + 15 working days = Wednesday 16 December.
        assertThat(WEEKDAYS.workingDaysAfter(LocalDate.of(2026, 11, 25), 15)).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(WEEKDAYS.workingDaysAfter(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void holidaysAreSkippedAndMakeUpDaysCount() {
        assertThat(WEEKDAYS.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
        assertThat(WEEKDAYS.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        // From Wednesday 30 September: 8 Oct (Thu), 9 Oct (Fri), 10 Oct (Sat, worked).
        assertThat(WEEKDAYS.workingDaysAfter(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(WEEKDAYS.workingDaysAfter(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(WEEKDAYS.workingDaysAfter(LocalDate.of(2026, 9, 30), 4)).isEqualTo(LocalDate.of(2026, 10, 12));
    }
}
