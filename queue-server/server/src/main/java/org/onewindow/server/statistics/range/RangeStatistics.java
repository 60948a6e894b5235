package org.onewindow.server.statistics.range;

import java.util.List;
import java.util.Map;

/**
 * A hall's figures over a period of days, one row per area, item, window or clerk, and the total.
 *
 * @param hallId  the hall
 * @param from    first day, included (yyyy-MM-dd)
 * @param to      last day, included
 * @param days    days in the period
 * @param by      area, item, window or clerk
 * @param groups  one row per value of {@code by} seen in the period, in the order of their keys
 * @param total   the whole hall
 */
public record RangeStatistics(String hallId, String from, String to, int days, String by, List<Group> groups,
                              Figures total) {

    /**
     * @param key  the area id, item code, window number or clerk's user name ("" when the records
     *             have none, e.g. tickets that never reached a window)
     * @param name the area's or item's name from the hall's configuration, else the key
     */
    public record Group(String key, String name, Figures figures) {
    }

    /**
     * Counts, and times in whole seconds (null when no ticket got that far).
     *
     * @param tickets              tickets issued on the days
     * @param served               tickets finished at a window
     * @param noShows              tickets ended as no-shows
     * @param transferred          tickets transferred at least once
     * @param servedAtComprehensive finished at a comprehensive window (综合受理窗口)
     * @param comprehensivePercent 一窗受理率: servedAtComprehensive among served, in % to one decimal
     * @param waitP50Seconds       issue (or arrival) to first call, median
     * @param waitP90Seconds       the same, 90th percentile
     * @param serviceP50Seconds    first call to finish of served tickets, median
     * @param serviceP90Seconds    the same, 90th percentile
     * @param ratings              好差评 given on the days, by level (all five levels, zero when none)
     * @param rated                ratings in all
     * @param goodPercent          好评率: the three satisfied levels among ratings
     * @param badPercent           差评率: 不满意 and 非常不满意 among ratings
     * @param followUps            follow-ups of bad ratings opened on the days
     * @param resolvedOnTime       resolved on or before their deadline
     * @param resolvedLate         resolved after it
     * @param overdue              not resolved and past their deadline today
     * @param followUpCompliancePercent resolvedOnTime among those whose outcome is settled (resolved,
     *                             or overdue); follow-ups still within their deadline do not count yet
     */
    public record Figures(long tickets, long served, long noShows, long transferred, long servedAtComprehensive,
                          Double comprehensivePercent, Long waitP50Seconds, Long waitP90Seconds,
                          Long serviceP50Seconds, Long serviceP90Seconds, Map<String, Long> ratings, long rated,
                          Double goodPercent, Double badPercent, long followUps, long resolvedOnTime,
                          long resolvedLate, long overdue, Double followUpCompliancePercent) {
    }
}
