package org.onewindow.server.statistics;

import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.DayStatistics;
import org.onewindow.server.database.RecordsSchema;

/**
 * Past days' summaries in the records (daily_statistics), kept for as long as the records are:
 * made once from the day's tickets while Redis still had them, and never changed after. The
 * records away, a summary is neither found nor kept, and the day is summarised from Redis again;
 * it cannot have left Redis yet, since a day leaves only once its summary is here.
 */
@Component
public class DaySummaries {

    private static final Logger log = LoggerFactory.getLogger(DaySummaries.class);

    private final JdbcClient jdbc;
    private final RecordsSchema schema;

    public DaySummaries(JdbcClient jdbc, RecordsSchema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    Optional<DayStatistics> find(String hallId, LocalDate day) {
        if (!schema.ready()) {
            return Optional.empty();
        }
        try {
            return jdbc.sql("select body::text from daily_statistics where hall = ? and day = ?")
                    .params(hallId, day).query(String.class).optional()
                    .map(json -> JsonCodec.fromJson(json, DayStatistics.class));
        } catch (DataAccessException e) {
            log.debug("Summary of {} in hall {} not read from the records: {}", day, hallId, e.toString());
            return Optional.empty();
        }
    }

    /** Whether the records hold the day's summary: a day leaves Redis only once they do. */
    public boolean kept(String hallId, LocalDate day) {
        return jdbc.sql("select count(*) from daily_statistics where hall = ? and day = ?")
                .params(hallId, day).query(Long.class).single() > 0;
    }

    /** Keeps the summary unless another instance kept one first; answers the one kept, or this one unkept when the records are away. */
    DayStatistics keep(String hallId, LocalDate day, DayStatistics summary) {
        if (!schema.ready()) {
            return summary;
        }
        try {
            jdbc.sql("insert into daily_statistics (hall, day, body) values (?, ?, ?::jsonb) on conflict (hall, day) do nothing")
                    .params(hallId, day, JsonCodec.toJson(summary)).update();
            return find(hallId, day).orElse(summary);
        } catch (DataAccessException e) {
            log.debug("Summary of {} in hall {} not kept in the records: {}", day, hallId, e.toString());
            return summary;
        }
    }
}
