package org.onewindow.server.statistics.range;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.onewindow.server.error.InvalidFieldException;

/**
 * What the rows of a range's statistics are: the column each SQL query groups by. The column names
 * are fixed here and never taken from the request, so they may be written into the SQL.
 */
public enum RangeGrouping {
    AREA("区域", "t.area", "coalesce(nullif(r.area, ''), t.area, '')"),
    ITEM("事项", "t.item", "coalesce(t.item, '')"),
    WINDOW("窗口", "t.window_no", "coalesce(nullif(r.window_no, ''), t.window_no, '')"),
    CLERK("工作人员", "t.clerk", "coalesce(nullif(r.clerk, ''), t.clerk, '')");

    private final String chinese;
    private final String ticketColumn;
    private final String ratingColumn;

    RangeGrouping(String chinese, String ticketColumn, String ratingColumn) {
        this.chinese = chinese;
        this.ticketColumn = ticketColumn;
        this.ratingColumn = ratingColumn;
    }

    /** The grouping named by the request's {@code by}; areas when it names none. */
    public static RangeGrouping parse(String by) {
        if (by == null || by.isBlank()) {
            return AREA;
        }
        for (RangeGrouping g : values()) {
            if (g.name().equalsIgnoreCase(by.strip())) {
                return g;
            }
        }
        throw new InvalidFieldException("by", "must be one of " + Arrays.stream(values())
                .map(RangeGrouping::wire).collect(Collectors.joining(", ")));
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String chinese() {
        return chinese;
    }

    /** The column of ticket_record (alias t) that names a row. */
    String ticketColumn() {
        return ticketColumn;
    }

    /**
     * The same for a rating (alias r) or a follow-up, both joined to their ticket (alias t): the
     * rating's own window, clerk and area, else the ticket's (a follow-up may outlive its rating's
     * row, and the item is only the ticket's).
     */
    String ratingColumn() {
        return ratingColumn;
    }
}
