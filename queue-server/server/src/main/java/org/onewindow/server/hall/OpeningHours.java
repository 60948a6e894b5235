package org.onewindow.server.hall;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * When the hall is open, in its time zone, and which days are working days: the open days of the
 * week, less public holidays, plus the weekend days worked in their place (调休上班). Promised
 * dates and follow-up deadlines count these working days.
 *
 * @param days              open days of the week
 * @param open              opening time
 * @param close             closing time
 * @param holidays          closed although an open day (法定节假日), set each year from the State Council's notice
 * @param extraWorkingDays  open although not an open day of the week (调休上班)
 */
public record OpeningHours(Set<DayOfWeek> days, LocalTime open, LocalTime close, Set<LocalDate> holidays,
                           Set<LocalDate> extraWorkingDays) {

    public OpeningHours {
        days = days == null ? Set.of() : Set.copyOf(days);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        extraWorkingDays = extraWorkingDays == null ? Set.of() : Set.copyOf(extraWorkingDays);
    }

    public OpeningHours(Set<DayOfWeek> days, LocalTime open, LocalTime close) {
        this(days, open, close, Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        return extraWorkingDays.contains(day) || (days.contains(day.getDayOfWeek()) && !holidays.contains(day));
    }

    /** The {@code n}th working day after {@code from} (from itself not counted). */
    public LocalDate workingDaysAfter(LocalDate from, int n) {
        if (days.isEmpty() && extraWorkingDays.isEmpty()) {
            throw new IllegalStateException("a hall with no working day");
        }
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
