package org.onewindow.server.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.protocol.message.RatingLevel;
import org.onewindow.protocol.rest.DayStatistics;
import org.onewindow.protocol.rest.RatingView;

/**
 * Adds a day's ratings to its figures when they are read. Ratings are kept apart from the day's
 * summary because a citizen may rate by phone until the next day, after the summary was made.
 */
final class RatingCounts {

    private RatingCounts() {
    }

    static DayStatistics overlay(DayStatistics day, List<RatingView> ratings) {
        List<DayStatistics.Area> areas = day.areas().stream().map(a -> new DayStatistics.Area(a.areaId(), a.name(),
                a.figures().withRatings(count(ratings.stream().filter(r -> a.areaId().equals(r.areaId())).toList()))))
                .toList();
        return new DayStatistics(day.hallId(), day.date(), day.timeZone(), day.complete(), day.computedAt(),
                day.total().withRatings(count(ratings)), areas, day.hours());
    }

    /** Every level, best first, so tables and CSV columns are the same whatever the day. */
    private static Map<String, Integer> count(List<RatingView> ratings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RatingLevel level : RatingLevel.values()) {
            counts.put(level.name(), 0);
        }
        ratings.forEach(r -> counts.merge(r.level(), 1, Integer::sum));
        return counts;
    }
}
