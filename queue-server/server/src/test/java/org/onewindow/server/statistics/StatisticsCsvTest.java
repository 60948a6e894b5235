package org.onewindow.server.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.rest.DayStatistics;
import org.onewindow.protocol.rest.DayStatistics.Figures;

/** The CSV Excel opens: byte order mark, header, one row per area, a total row. */
class StatisticsCsvTest {

    private static Figures figures(int issued, Long waitP50, Map<String, Integer> ratings) {
        return new Figures(issued, 1, 0, issued - 1, 0, 0, issued - 1, issued > 1 ? 100.0 : null, waitP50, waitP50,
                null, null, ratings);
    }

    private static DayStatistics day(Map<String, Integer> ratings) {
        return new DayStatistics("linxia", "2026-11-24", "Asia/Shanghai", true, Instant.parse("2026-11-25T00:00:00Z"),
                figures(3, 600L, ratings),
                List.of(new DayStatistics.Area("market", "市场监管（企业开办）", figures(2, 600L, ratings)),
                        new DayStatistics.Area("estate", "不动产登记, \"一窗\"", figures(1, null, ratings))),
                List.of(new DayStatistics.Hour(8, 2, Map.of("market", 2)),
                        new DayStatistics.Hour(9, 1, Map.of("estate", 1))));
    }

    @Test
    void excelGetsABomAHeaderAnAreaRowEachAndATotal() {
        byte[] csv = StatisticsCsv.of(day(Map.of()));
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n", -1)).containsExactly(
                "日期,区域编号,区域,取号,等候中,办理中,已办结,过号,转办,综合窗口办结,综合窗口办结占比(%),"
                        + "等候中位数(秒),等候P90(秒),办理中位数(秒),办理P90(秒),08时取号,09时取号",
                "2026-11-24,market,市场监管（企业开办）,2,1,0,1,0,0,1,100.0,600,600,,,2,0",
                "2026-11-24,estate,\"不动产登记, \"\"一窗\"\"\",1,1,0,0,0,0,0,,,,,,0,1",
                "2026-11-24,,合计,3,1,0,2,0,0,2,100.0,600,600,,,2,1",
                "");
    }

    @Test
    void ratingLevelsGetAColumnEachOnceTheyAreCounted() {
        String text = new String(StatisticsCsv.of(day(Map.of("满意", 4))), StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).endsWith(",09时取号,好差评 满意");
        assertThat(lines[3]).endsWith(",2,1,4");
    }
}
