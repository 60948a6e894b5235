package org.onewindow.server.statistics.range;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A range's statistics as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads the
 * Chinese as the local code page), CRLF line ends, RFC 4180 quoting.
 */
final class RangeCsv {

    private static final String BOM = "\uFEFF";

    private RangeCsv() {
    }

    static byte[] of(RangeStatistics s) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, List.copyOf(RangeTable.header(s)));
        RangeTable.rows(s).forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object cell = cells.get(i);
            csv.append(i == 0 ? "" : ",").append(quoted(cell == null ? "" : cell.toString()));
        }
        csv.append("\r\n");
    }

    /** A cell with a comma, quote or line break is quoted, its quotes doubled; one that Excel would
     *  read as a formula (=, +, -, @ first) gets a leading apostrophe, as clerks' names come from people. */
    private static String quoted(String cell) {
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+") ? "'" + cell : cell;
        return safe.matches("(?s).*[,\"\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
