package org.onewindow.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The trail in the records' audit_record: written once by stream id, read newest first. */
@Component
class AuditRecords {

    private final JdbcClient jdbc;

    AuditRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the entries, each once: one written before (by this instance or another) is left as it is. */
    void write(List<AuditEntry> entries) {
        for (AuditEntry e : entries) {
            jdbc.sql("""
                    insert into audit_record (source_id, at, actor, action, hall, target, origin, detail)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (source_id) do nothing""")
                    .params(e.id(), Timestamp.from(e.at()), e.actor(), e.action(), e.hall(), e.target(), e.origin(), e.detail())
                    .update();
        }
    }

    /** The entries the query asks for, newest first. */
    List<AuditEntry> find(AuditQuery q) {
        StringBuilder sql = new StringBuilder(
                "select source_id, at, actor, action, hall, target, origin, detail from audit_record where true");
        List<Object> params = new ArrayList<>();
        if (q.from() != null) {
            sql.append(" and at >= ?");
            params.add(Timestamp.from(q.from()));
        }
        if (q.until() != null) {
            sql.append(" and at < ?");
            params.add(Timestamp.from(q.until()));
        }
        equal(sql, params, "actor", q.actor());
        equal(sql, params, "action", q.action());
        equal(sql, params, "hall", q.hall());
        if (q.within() != null) {
            sql.append(" and (hall = any(?) or actor = ?)");
            params.add(q.within().halls().toArray(String[]::new));
            params.add(q.within().self());
        }
        sql.append(" order by at desc, id desc limit ?");
        params.add(q.limit());
        return jdbc.sql(sql.toString()).params(params).query(AuditRecords::entry).list();
    }

    private static void equal(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getString("source_id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("hall"), rs.getString("target"), rs.getString("origin"),
                rs.getString("detail"));
    }
}
