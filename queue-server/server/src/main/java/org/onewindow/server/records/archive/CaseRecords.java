package org.onewindow.server.records.archive;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import redis.clients.jedis.UnifiedJedis;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.redis.HallKeys;

/**
 * The case_record row and case_step rows of the case a CASE_CHANGED entry names, from the case as
 * it is in Redis now. A case only moves forward and its history only grows, so the case as it is
 * now is never older than the entry; its steps are numbered in the order of its history.
 */
@Component
class CaseRecords {

    /** Where a case ends: handed out, or a notice given (it ends where it starts). */
    private static final List<String> ENDS = List.of("DELIVERED", "NOTICE_GIVEN");

    private final JdbcClient jdbc;
    private final UnifiedJedis redis;
    private final QueueReader reader;

    CaseRecords(JdbcClient jdbc, UnifiedJedis redis, QueueReader reader) {
        this.jdbc = jdbc;
        this.redis = redis;
        this.reader = reader;
    }

    void write(HallEvent event) {
        String json;
        json = redis.hget(HallKeys.of(event.hallId()).cases(), event.get("case"));
        if (json == null) {
            return;
        }
        CaseView c = JsonCodec.fromJson(json, CaseView.class);
        // The case does not keep the person; its ticket does, while the ticket's day is kept.
        String personKey = c.ticketId() == null || c.ticketId().isEmpty() ? null
                : reader.ticket(event.hallId(), c.ticketId()).map(StoredTicket::person).filter(p -> !p.isEmpty()).orElse(null);
        Instant closed = ENDS.contains(c.status()) ? c.history().stream().filter(s -> ENDS.contains(s.status()))
                .map(CaseView.Step::at).findFirst().orElse(null) : null;
        jdbc.sql("""
                insert into case_record (hall, case_no, ticket_id, ticket_number, item_code, item_name, department, area,
                    masked_name, person_key, outcome, missing_materials, owed_by, owed_received, promised_date, status,
                    pickup_method, pickup_place, created_at, closed_at, steps)
                values (:hall, :caseNo, :ticketId, :ticketNumber, :itemCode, :itemName, :department, :area,
                    :maskedName, :personKey, :outcome, :missing, :owedBy, :owedReceived, :promisedDate, :status,
                    :pickupMethod, :pickupPlace, :createdAt, :closedAt, :steps)
                on conflict (hall, case_no) do update set
                    outcome = excluded.outcome, missing_materials = excluded.missing_materials, owed_by = excluded.owed_by,
                    owed_received = excluded.owed_received, promised_date = excluded.promised_date,
                    status = excluded.status, pickup_method = excluded.pickup_method, pickup_place = excluded.pickup_place,
                    closed_at = excluded.closed_at, steps = excluded.steps,
                    masked_name = coalesce(excluded.masked_name, case_record.masked_name),
                    person_key = coalesce(excluded.person_key, case_record.person_key)
                where case_record.steps <= excluded.steps""")
                .param("hall", event.hallId()).param("caseNo", c.caseNo()).param("ticketId", text(c.ticketId()))
                .param("ticketNumber", text(c.ticketNumber())).param("itemCode", text(c.itemCode()))
                .param("itemName", text(c.itemName())).param("department", text(c.department()))
                .param("area", text(c.areaId())).param("maskedName", c.maskedName())
                .param("personKey", personKey).param("outcome", text(c.outcome()))
                .param("missing", c.missingMaterials().toArray(String[]::new))
                .param("owedBy", date(c.owedBy())).param("owedReceived", c.owedReceived())
                .param("promisedDate", date(c.promisedDate())).param("status", c.status())
                .param("pickupMethod", c.pickupMethod()).param("pickupPlace", c.pickupPlace())
                .param("createdAt", Timestamp.from(c.createdAt())).param("closedAt", closed == null ? null : Timestamp.from(closed))
                .param("steps", c.history().size())
                .update();
        for (int i = 0; i < c.history().size(); i++) {
            CaseView.Step s = c.history().get(i);
            jdbc.sql("""
                    insert into case_step (hall, case_no, step_no, status, at, by_whom, note)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (hall, case_no, step_no) do nothing""")
                    .params(event.hallId(), c.caseNo(), i + 1, s.status(), Timestamp.from(s.at()), text(s.by()), text(s.note()))
                    .update();
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
