package org.onewindow.server.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.onewindow.protocol.rest.DayStatistics;
import org.onewindow.server.hall.Area;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.WindowKind;
import org.onewindow.server.queue.StoredTicket;

/** Makes a day's statistics from its tickets. Pure code: the figures are checked without Redis. */
final class StatisticsCalculator {

    private StatisticsCalculator() {
    }

    static DayStatistics of(Hall hall, LocalDate date, Collection<StoredTicket> tickets, boolean complete,
                            Instant now) {
        Tally total = new Tally();
        Map<String, Tally> areas = new LinkedHashMap<>();
        hall.areas().forEach(a -> areas.put(a.id(), new Tally()));
        NavigableMap<Integer, Map<String, Integer>> issuedByHour = new TreeMap<>();
        for (StoredTicket ticket : tickets) {
            String area = issuedFor(hall, ticket);
            boolean comprehensive = hall.window(ticket.window())
                    .map(w -> w.kind() == WindowKind.COMPREHENSIVE).orElse(false);
            total.add(ticket, comprehensive);
            areas.computeIfAbsent(area, a -> new Tally()).add(ticket, comprehensive);
            int hour = Instant.ofEpochMilli(ticket.issued()).atZone(hall.timeZone()).getHour();
            issuedByHour.computeIfAbsent(hour, h -> new LinkedHashMap<>()).merge(area, 1, Integer::sum);
        }
        List<DayStatistics.Area> areaFigures = new ArrayList<>();
        areas.forEach((id, tally) -> areaFigures.add(new DayStatistics.Area(id,
                hall.area(id).map(Area::name).orElse(id), tally.figures())));
        return new DayStatistics(hall.id(), date.toString(), hall.timeZone().getId(), complete, now, total.figures(),
                areaFigures, hours(hall, issuedByHour, List.copyOf(areas.keySet())));
    }

    /**
     * The area of the ticket's letter: a transfer changes the ticket's area but not its number.
     * Falls back to its current area if the hall's letters have changed since.
     */
    private static String issuedFor(Hall hall, StoredTicket ticket) {
        return hall.areas().stream().filter(a -> ticket.number().startsWith(a.prefix())).map(Area::id)
                .findFirst().orElse(ticket.area());
    }

    /** Every hour from opening to closing, widened to any hour with tickets; areas in the hall's order. */
    private static List<DayStatistics.Hour> hours(Hall hall, NavigableMap<Integer, Map<String, Integer>> issuedByHour,
                                                  List<String> areaOrder) {
        int first = hall.openingHours().open().getHour();
        int last = hall.openingHours().close().minusNanos(1).getHour();
        if (!issuedByHour.isEmpty()) {
            first = Math.min(first, issuedByHour.firstKey());
            last = Math.max(last, issuedByHour.lastKey());
        }
        List<DayStatistics.Hour> hours = new ArrayList<>();
        for (int hour = first; hour <= last; hour++) {
            Map<String, Integer> counts = issuedByHour.getOrDefault(hour, Map.of());
            Map<String, Integer> ordered = new LinkedHashMap<>();
            areaOrder.stream().filter(counts::containsKey).forEach(a -> ordered.put(a, counts.get(a)));
            hours.add(new DayStatistics.Hour(hour, ordered.values().stream().mapToInt(Integer::intValue).sum(), ordered));
        }
        return hours;
    }
}
