package org.onewindow.protocol.rest;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one business day of a hall, made from the day's tickets. Each ticket counts once,
 * in the area it was issued for (the letter of its number), also when it was transferred on.
 *
 * @param hallId      hall
 * @param date        the business day, yyyy-MM-dd in the hall's time zone
 * @param timeZone    the hall's time zone, in which the hours are counted
 * @param complete    false for today, whose figures still change; a past day's are final
 * @param computedAt  when the figures were made (a past day's when it was summarised)
 * @param total       the whole hall
 * @param areas       one entry per area, in the hall's order
 * @param hours       tickets issued per hour, from the hall's opening to its closing hour, widened
 *                    to any other hour in which tickets were issued
 */
public record DayStatistics(
        String hallId,
        String date,
        String timeZone,
        boolean complete,
        Instant computedAt,
        Figures total,
        List<Area> areas,
        List<Hour> hours) {

    public DayStatistics {
        areas = areas == null ? List.of() : List.copyOf(areas);
        hours = hours == null ? List.of() : List.copyOf(hours);
    }

    /** An unmodifiable copy that keeps the order given, so areas list in the hall's order. */
    private static Map<String, Integer> ordered(Map<String, Integer> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * Counts and times of a set of tickets. Times are whole seconds; a percentile is the nearest
     * rank (the smallest time that at least that share of tickets did not exceed), null when no
     * ticket got that far.
     *
     * @param issued                   tickets issued
     * @param waiting                  waiting for a call (at the end of a past day: never called)
     * @param called                   called and neither finished, transferred nor marked no-show
     * @param done                     finished (办结)
     * @param noShow                   marked no-show (过号) and not reactivated
     * @param transferred              tickets sent on to another area or window at least once
     * @param finishedAtComprehensive  finished at a comprehensive window (综合受理窗口)
     * @param comprehensivePercent     that share of the finished tickets, 0-100 with one decimal; null
     *                                 when none was finished
     * @param waitP50Seconds           wait from arrival (the issue, or a phone ticket's check-in) to first call, median
     * @param waitP90Seconds           wait from arrival to first call, 90th percentile
     * @param serviceP50Seconds        service from the last call to finish, median
     * @param serviceP90Seconds        service from the last call to finish, 90th percentile
     * @param ratings                  好差评 counts by level (RatingLevel names, best first), every
     *                                 level present; ratings made later the same day are added when read
     */
    public record Figures(
            int issued,
            int waiting,
            int called,
            int done,
            int noShow,
            int transferred,
            int finishedAtComprehensive,
            Double comprehensivePercent,
            Long waitP50Seconds,
            Long waitP90Seconds,
            Long serviceP50Seconds,
            Long serviceP90Seconds,
            Map<String, Integer> ratings) {

        public Figures {
            ratings = ordered(ratings);
        }

        /** The same figures with other rating counts. */
        public Figures withRatings(Map<String, Integer> counts) {
            return new Figures(issued, waiting, called, done, noShow, transferred, finishedAtComprehensive,
                    comprehensivePercent, waitP50Seconds, waitP90Seconds, serviceP50Seconds, serviceP90Seconds, counts);
        }
    }

    /**
     * One area's figures.
     *
     * @param areaId   area id
     * @param name     Chinese name
     * @param figures  its tickets' figures
     */
    public record Area(String areaId, String name, Figures figures) {
    }

    /**
     * Tickets issued in one hour of the day.
     *
     * @param hour          0-23: 9 is 09:00 to 09:59 in the hall's time zone
     * @param issued        tickets issued in that hour
     * @param issuedByArea  area id to tickets issued; areas without tickets in that hour are absent
     */
    public record Hour(int hour, int issued, Map<String, Integer> issuedByArea) {

        public Hour {
            issuedByArea = ordered(issuedByArea);
        }
    }
}
