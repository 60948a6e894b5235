package org.onewindow.server.statistics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import org.onewindow.protocol.rest.DayStatistics;

/**
 * A day's statistics as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads the
 * Chinese as the local code page), CRLF line ends, a header row, one row per area and a total row.
 */
final class StatisticsCsv {

    private static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("日期", "区域编号", "区域", "取号", "等候中", "办理中", "已办结",
            "过号", "转办", "综合窗口办结", "综合窗口办结占比(%)", "等候中位数(秒)", "等候P90(秒)", "办理中位数(秒)",
            "办理P90(秒)");

    private StatisticsCsv() {
    }

    static byte[] of(DayStatistics day) {
        // Rating levels get their columns once ratings are recorded; until then there are none.
        List<String> levels = List.copyOf(day.total().ratings().keySet());
        List<String> header = new ArrayList<>(HEADER);
        day.hours().forEach(h -> header.add(String.format("%02d时取号", h.hour())));
        levels.forEach(level -> header.add("好差评 " + level));

        StringBuilder csv = new StringBuilder(BOM);
        line(csv, header);
        for (DayStatistics.Area area : day.areas()) {
            line(csv, row(day, area.areaId(), area.name(), area.figures(),
                    h -> h.issuedByArea().getOrDefault(area.areaId(), 0), levels));
        }
        line(csv, row(day, "", "合计", day.total(), DayStatistics.Hour::issued, levels));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> row(DayStatistics day, String areaId, String name, DayStatistics.Figures f,
                                    ToIntFunction<DayStatistics.Hour> issuedInHour, List<String> levels) {
        List<String> cells = new ArrayList<>(List.of(day.date(), areaId, name, cell(f.issued()), cell(f.waiting()),
                cell(f.called()), cell(f.done()), cell(f.noShow()), cell(f.transferred()),
                cell(f.finishedAtComprehensive()), cell(f.comprehensivePercent()), cell(f.waitP50Seconds()),
                cell(f.waitP90Seconds()), cell(f.serviceP50Seconds()), cell(f.serviceP90Seconds())));
        day.hours().forEach(h -> cells.add(cell(issuedInHour.applyAsInt(h))));
        levels.forEach(level -> cells.add(cell(f.ratings().getOrDefault(level, 0))));
        return cells;
    }

    /** Empty for a figure that does not exist (no ticket got that far), as JSON's null. */
    private static String cell(Object value) {
        return value == null ? "" : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    private static String quoted(String cell) {
        return cell.matches("(?s).*[,\"\r\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
