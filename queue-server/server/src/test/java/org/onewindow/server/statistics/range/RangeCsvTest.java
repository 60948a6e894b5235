package org.onewindow.server.statistics.range;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The CSV file's shape, without a server: what Excel needs to open it right and safely. */
class RangeCsvTest {

    private static RangeStatistics.Figures figures(long tickets) {
        return new RangeStatistics.Figures(tickets, tickets, 0, 0, 0, null, null, null, null, null,
                Map.of("VERY_SATISFIED", 1L), 1, 100.0, 0.0, 0, 0, 0, 0, null);
    }

    @Test
    void aBomCrlfQuotedCellsAndNoFormulaFromAName() {
        RangeStatistics s = new RangeStatistics("testhall", "2026-11-01", "2026-11-30", 30, "clerk",
                List.of(new RangeStatistics.Group("=HYPERLINK(\"x\")", "=HYPERLINK(\"x\")", figures(2)),
                        new RangeStatistics.Group("clerk01", "王, 芳", figures(1))), figures(3));
        String csv = new String(RangeCsv.of(s), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFF开始日期,结束日期,工作人员编号,名称,取号");
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("2026-11-01,2026-11-30,\"'=HYPERLINK(\"\"x\"\")\",");
        assertThat(lines.get(2)).startsWith("2026-11-01,2026-11-30,clerk01,\"王, 芳\",1,1,0,0,0,,,,,,1,1,0,0,0,0,100.0,0.0,");
        assertThat(lines.get(3)).startsWith("2026-11-01,2026-11-30,,合计,3,");
    }
}
