package org.onewindow.server.statistics.range;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** 好差评 given in a period, counted by level, from rating_record (one row a service). */
@Component
class RatingFigures {

    // A rating carries its window, clerk and area; its item is its ticket's.
    private static final String SQL = """
            select grouping(x.k) = 1 as total, x.k as key, x.level, count(*) as n
            from (select coalesce(%s, '') as k, r.level
                  from rating_record r
                  left join ticket_record t on t.hall = r.hall and t.ticket_id = r.ticket_id
                  where r.hall = :hall and r.at >= :start and r.at < :end) x
            group by grouping sets ((x.k, x.level), (x.level))
            """;

    private final JdbcClient jdbc;

    RatingFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts by level, by key; the total under null. */
    Map<String, Map<String, Long>> of(RangeRequest range) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.sql(SQL.formatted(range.by().ratingColumn()))
                .param("hall", range.hall().id()).param("start", range.start()).param("end", range.end())
                .query(rs -> {
                    String key = rs.getBoolean("total") ? null : rs.getString("key");
                    counts.computeIfAbsent(key, k -> new HashMap<>()).put(rs.getString("level"), rs.getLong("n"));
                });
        return counts;
    }
}
