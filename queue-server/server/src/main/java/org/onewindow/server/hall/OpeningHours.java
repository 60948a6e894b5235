package org.onewindow.server.hall;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * When the hall is open, in its time zone.
 *
 * @param days   open days
 * @param open   opening time
 * @param close  closing time
 */
public record OpeningHours(Set<DayOfWeek> days, LocalTime open, LocalTime close) {

    public OpeningHours {
        days = days == null ? Set.of() : Set.copyOf(days);
    }
}
