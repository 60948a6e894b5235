package org.onewindow.server.records;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.rest.RatingView;
import org.onewindow.server.database.RecordsSchema;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.rating.RatingArchive;

/** The ratings of a past day as the records keep them, for the day's figures once it left Redis. */
@Component
class RecordedRatings implements RatingArchive {

    private static final Logger log = LoggerFactory.getLogger(RecordedRatings.class);

    private final JdbcClient jdbc;
    private final RecordsSchema schema;

    RecordedRatings(JdbcClient jdbc, RecordsSchema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    @Override
    public List<RatingView> ofDay(String hallId, LocalDate day) {
        if (!schema.ready()) {
            return List.of();
        }
        // A ticket id starts with its day (20261203-A001): the day's ratings are one range of the key.
        String from = BusinessDay.format(day) + "-";
        String to = BusinessDay.format(day) + ".";
        try {
            return jdbc.sql("""
                            select ticket_id, ticket_number, window_no, clerk, area, level, reasons, comment, channel, at
                            from rating_record where hall = ? and ticket_id >= ? and ticket_id < ?""")
                    .params(hallId, from, to)
                    .query((rs, n) -> new RatingView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), texts(rs.getArray(7)), rs.getString(8), rs.getString(9),
                            rs.getObject(10, OffsetDateTime.class).toInstant()))
                    .list();
        } catch (DataAccessException e) {
            // Records away: a day still in Redis counts its ratings from there; a day that left shows
            // none until the records are back, rather than failing the whole day.
            log.debug("Ratings of {} in hall {} not read from the records: {}", day, hallId, e.toString());
            return List.of();
        }
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
