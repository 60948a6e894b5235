package org.onewindow.server.rating;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Counting working days: the hall's open days, less its holidays. */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The {@code n}th working day after {@code from} (from itself not counted). */
    static LocalDate after(LocalDate from, int n, Set<DayOfWeek> workdays, Set<LocalDate> holidays) {
        if (workdays.isEmpty()) {
            throw new IllegalArgumentException("a hall with no working day");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (workdays.contains(day.getDayOfWeek()) && !holidays.contains(day)) {
                counted++;
            }
        }
        return day;
    }
}
