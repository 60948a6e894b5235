package org.onewindow.server.statistics.range;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.protocol.message.RatingLevel;

/**
 * A range's statistics as the one table both files show: a header row in Chinese, one row per
 * group and a total row. Cells are strings or numbers; null is a figure that does not exist.
 */
final class RangeTable {

    private RangeTable() {
    }

    static List<String> header(RangeStatistics s) {
        List<String> header = new ArrayList<>(List.of("开始日期", "结束日期",
                RangeGrouping.parse(s.by()).chinese() + "编号", "名称", "取号", "已办结", "过号", "转办", "综合窗口办结",
                "一窗受理率(%)", "等候中位数(秒)", "等候P90(秒)", "办理中位数(秒)", "办理P90(秒)", "评价数"));
        for (RatingLevel level : RatingLevel.values()) {
            header.add(level.chinese());
        }
        header.addAll(List.of("好评率(%)", "差评率(%)", "差评整改", "按期整改", "逾期整改", "逾期未整改", "按期整改率(%)"));
        return header;
    }

    static List<List<Object>> rows(RangeStatistics s) {
        List<List<Object>> rows = new ArrayList<>();
        for (RangeStatistics.Group g : s.groups()) {
            rows.add(row(s, g.key(), g.name(), g.figures()));
        }
        rows.add(row(s, "", "合计", s.total()));
        return rows;
    }

    private static List<Object> row(RangeStatistics s, String key, String name, RangeStatistics.Figures f) {
        List<Object> cells = new ArrayList<>(List.of(s.from(), s.to(), key, name));
        cells.addAll(java.util.Arrays.asList(f.tickets(), f.served(), f.noShows(), f.transferred(),
                f.servedAtComprehensive(), f.comprehensivePercent(), f.waitP50Seconds(), f.waitP90Seconds(),
                f.serviceP50Seconds(), f.serviceP90Seconds(), f.rated()));
        for (RatingLevel level : RatingLevel.values()) {
            cells.add(f.ratings().getOrDefault(level.name(), 0L));
        }
        cells.addAll(java.util.Arrays.asList(f.goodPercent(), f.badPercent(), f.followUps(), f.resolvedOnTime(),
                f.resolvedLate(), f.overdue(), f.followUpCompliancePercent()));
        return cells;
    }
}
