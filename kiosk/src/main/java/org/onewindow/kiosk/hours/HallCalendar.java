package org.onewindow.kiosk.hours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.onewindow.protocol.rest.HallView;

/**
 * When the hall is open, from what the server says of it: open days of the week, less holidays,
 * plus the weekend days worked in their place (调休上班), between opening and closing time.
 */
public final class HallCalendar {

    private final ZoneId zone;
    private final LocalTime opens;
    private final LocalTime closes;
    private final Set<DayOfWeek> days;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> extraWorkingDays;

    public HallCalendar(HallView hall) {
        this.zone = ZoneId.of(hall.timeZone());
        this.opens = LocalTime.parse(hall.opens());
        this.closes = LocalTime.parse(hall.closes());
        this.days = hall.openDays().stream().map(DayOfWeek::valueOf).collect(Collectors.toUnmodifiableSet());
        this.holidays = hall.holidays().stream().map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
        this.extraWorkingDays = hall.extraWorkingDays().stream().map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isWorkingDay(LocalDate day) {
        return extraWorkingDays.contains(day) || (days.contains(day.getDayOfWeek()) && !holidays.contains(day));
    }

    /** Whether the hall is open at this moment (opening time included, closing time not). */
    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** The working days after {@code at}'s day, at most {@code count}, looking no further than {@code daysAhead}. */
    public List<LocalDate> workingDaysAfter(Instant at, int count, int daysAhead) {
        LocalDate today = at.atZone(zone).toLocalDate();
        List<LocalDate> found = new ArrayList<>();
        for (int ahead = 1; ahead <= daysAhead && found.size() < count; ahead++) {
            if (isWorkingDay(today.plusDays(ahead))) {
                found.add(today.plusDays(ahead));
            }
        }
        return found;
    }

    /** The opening times for a notice: 周一至周五 08:30–17:30 (Mon–Fri in English) when the days run on. */
    public String openingTimes(boolean english) {
        String[] names = english ? new String[] {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
                : new String[] {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
        List<Integer> open = days.stream().map(DayOfWeek::ordinal).sorted().toList();
        String span = open.size() > 2 && open.get(open.size() - 1) - open.get(0) == open.size() - 1
                ? names[open.get(0)] + (english ? "–" : "至") + names[open.get(open.size() - 1)]
                : open.stream().map(d -> names[d]).collect(Collectors.joining(english ? ", " : "、"));
        return span + " " + opens + "–" + closes;
    }

    public ZoneId zone() {
        return zone;
    }
}
