package org.onewindow.server.statistics.range;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Follow-ups of the bad ratings of a period (opened on its days), from follow_up_record: whether
 * each was resolved by its deadline, a day in the hall's time zone.
 */
@Component
class FollowUpFigures {

    record Row(String key, long followUps, long onTime, long late, long overdue) {
    }

    private static final String SQL = """
            select grouping(x.k) = 1 as total, x.k as key,
                   count(*) as follow_ups,
                   count(*) filter (where x.resolved_day <= x.deadline) as on_time,
                   count(*) filter (where x.resolved_day > x.deadline) as late,
                   count(*) filter (where x.resolved_day is null and x.deadline < :today) as overdue
            from (select coalesce(%s, '') as k, f.deadline,
                         case when f.status = 'RESOLVED' then (f.resolved_at at time zone :zone)::date end as resolved_day
                  from follow_up_record f
                  left join rating_record r on r.hall = f.hall and r.ticket_id = f.ticket_id
                  left join ticket_record t on t.hall = f.hall and t.ticket_id = f.ticket_id
                  where f.hall = :hall and f.opened_at >= :start and f.opened_at < :end) x
            group by grouping sets ((x.k), ())
            """;

    private final JdbcClient jdbc;

    FollowUpFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows by key; the total under null. */
    Map<String, Row> of(RangeRequest range, LocalDate today) {
        Map<String, Row> rows = new HashMap<>();
        jdbc.sql(SQL.formatted(range.by().ratingColumn()))
                .param("hall", range.hall().id()).param("start", range.start()).param("end", range.end())
                .param("zone", range.hall().timeZone().getId()).param("today", today)
                .query((rs, n) -> new Row(rs.getBoolean("total") ? null : rs.getString("key"),
                        rs.getLong("follow_ups"), rs.getLong("on_time"), rs.getLong("late"), rs.getLong("overdue")))
                .list().forEach(row -> rows.put(row.key(), row));
        return rows;
    }
}
