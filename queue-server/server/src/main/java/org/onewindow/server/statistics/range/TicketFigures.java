package org.onewindow.server.statistics.range;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts and times of the tickets of a period, from ticket_record (one row a ticket). */
@Component
class TicketFigures {

    /** A row's counts; {@code key} null for the hall's total. */
    record Row(String key, long tickets, long served, long noShows, long transferred, long servedAtComprehensive,
               Long waitP50, Long waitP90, Long serviceP50, Long serviceP90) {
    }

    // Percentiles are interpolated (percentile_cont) over the tickets that have the time: a ticket
    // never called has no wait, and only finished tickets have a service time.
    private static final String SQL = """
            select grouping(%1$s) = 1 as total, %1$s as key,
                   count(*) as tickets,
                   count(*) filter (where t.status = 'FINISHED') as served,
                   count(*) filter (where t.status = 'NO_SHOW') as no_shows,
                   count(*) filter (where t.transfers > 0) as transferred,
                   count(*) filter (where t.status = 'FINISHED' and t.window_kind = 'COMPREHENSIVE') as at_comprehensive,
                   round(percentile_cont(0.5) within group (order by t.wait_seconds))::bigint as wait_p50,
                   round(percentile_cont(0.9) within group (order by t.wait_seconds))::bigint as wait_p90,
                   round(percentile_cont(0.5) within group (order by t.service_seconds)
                         filter (where t.status = 'FINISHED'))::bigint as service_p50,
                   round(percentile_cont(0.9) within group (order by t.service_seconds)
                         filter (where t.status = 'FINISHED'))::bigint as service_p90
            from ticket_record t
            where t.hall = :hall and t.day between :from and :to
            group by grouping sets ((%1$s), ())
            """;

    private final JdbcClient jdbc;

    TicketFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows by key; the total under null. */
    Map<String, Row> of(RangeRequest range) {
        Map<String, Row> rows = new HashMap<>();
        jdbc.sql(SQL.formatted(range.by().ticketColumn()))
                .param("hall", range.hall().id()).param("from", range.from()).param("to", range.to())
                .query((rs, n) -> new Row(rs.getBoolean("total") ? null : rs.getString("key"),
                        rs.getLong("tickets"), rs.getLong("served"), rs.getLong("no_shows"), rs.getLong("transferred"),
                        rs.getLong("at_comprehensive"), rs.getObject("wait_p50", Long.class),
                        rs.getObject("wait_p90", Long.class), rs.getObject("service_p50", Long.class),
                        rs.getObject("service_p90", Long.class)))
                .list().forEach(row -> rows.put(row.key(), row));
        return rows;
    }
}
