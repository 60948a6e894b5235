package org.onewindow.server.records;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.onewindow.server.database.RecordsSchema;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.server.cases.CaseArchive;

/** Closed cases that left Redis, read back from the records as the consoles and terminals know them. */
@Component
class ArchivedCases implements CaseArchive {

    private final JdbcClient jdbc;
    private final RecordsSchema schema;

    ArchivedCases(JdbcClient jdbc, RecordsSchema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /** How a case stands in the records: enough to tell whether Redis may let it go. */
    record Recorded(String caseNo, String status, int steps, String personKey) {
    }

    List<Recorded> recorded(String hallId, List<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select case_no, status, steps, person_key from case_record where hall = ? and case_no = any(?)")
                .params(hallId, caseNumbers.toArray(String[]::new))
                .query((rs, n) -> new Recorded(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)))
                .list();
    }

    @Override
    public Optional<CaseView> find(String hallId, String caseNo) {
        if (!schema.ready()) {
            return Optional.empty();
        }
        List<CaseView.Step> steps = jdbc.sql("select status, at, by_whom, note from case_step where hall = ? and case_no = ? order by step_no")
                .params(hallId, caseNo)
                .query((rs, n) -> new CaseView.Step(rs.getString(1), instant(rs, 2), rs.getString(3), rs.getString(4)))
                .list();
        return jdbc.sql("""
                        select case_no, hall, ticket_id, ticket_number, item_code, item_name, department, area, masked_name,
                               outcome, missing_materials, owed_by, owed_received, promised_date, status, pickup_method,
                               pickup_place, created_at
                        from case_record where hall = ? and case_no = ?""")
                .params(hallId, caseNo)
                .query((rs, n) -> new CaseView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        Optional.ofNullable(rs.getString(9)).orElse(""), rs.getString(10), texts(rs.getArray(11)),
                        date(rs, 12), rs.getBoolean(13), date(rs, 14), rs.getString(15), rs.getString(16), rs.getString(17),
                        steps, instant(rs, 18)))
                .optional();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
