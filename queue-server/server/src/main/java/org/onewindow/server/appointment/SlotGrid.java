package org.onewindow.server.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.server.hall.Hall;

/**
 * The slots a hall offers on a day: its opening hours cut into slots of the configured length, on
 * working days only, from today to the last day bookable; slots that have begun are not offered.
 */
final class SlotGrid {

    private SlotGrid() {
    }

    /** The slot starts of a day; empty when the day cannot be booked. */
    static List<LocalTime> starts(Hall hall, LocalDate day, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, hall.timeZone());
        if (day.isBefore(today) || day.isAfter(today.plusDays(hall.appointments().daysAhead()))
                || !hall.openingHours().isWorkingDay(day)) {
            return List.of();
        }
        int minutes = hall.appointments().slotMinutes();
        List<LocalTime> starts = new ArrayList<>();
        LocalTime close = hall.openingHours().close();
        for (LocalTime t = hall.openingHours().open(); !t.plusMinutes(minutes).isAfter(close) && !t.plusMinutes(minutes).equals(LocalTime.MIDNIGHT); t = t.plusMinutes(minutes)) {
            if (day.isAfter(today) || day.atTime(t).atZone(hall.timeZone()).toInstant().isAfter(now)) {
                starts.add(t);
            }
        }
        return starts;
    }
}
