package org.onewindow.server.records.archive;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import redis.clients.jedis.UnifiedJedis;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.RatingView;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.redis.HallKeys;

/**
 * rating_record and follow_up_record rows from RATING_RECORDED and FOLLOW_UP_CHANGED entries. A
 * rating is made once and never changes; a follow-up only moves forward (OPEN, CALLED_BACK,
 * RESOLVED), so it is written as Redis holds it now, which is never older than the entry.
 */
@Component
class RatingRecords {

    /** The follow-up as rating_record.lua and follow_up_change.lua keep it; times in epoch ms, 0 when not yet. */
    record StoredFollowUp(String id, RatingView rating, String deadline, String status, String callBackNote,
                          String callBackBy, long callBackAt, String fixNote, String resolvedBy, long resolvedAt) {
    }

    private final JdbcClient jdbc;
    private final UnifiedJedis redis;

    RatingRecords(JdbcClient jdbc, UnifiedJedis redis) {
        this.jdbc = jdbc;
        this.redis = redis;
    }

    void writeRating(HallEvent event) {
        String ticketId = event.ticketId();
        String json;
        json = redis.hget(HallKeys.of(event.hallId()).ratings(StoredTicket.dayOf(ticketId)), ticketId);
        if (json != null) {
            RatingView r = JsonCodec.fromJson(json, RatingView.class);
            jdbc.sql("""
                    insert into rating_record (hall, ticket_id, ticket_number, window_no, clerk, area, level, reasons,
                        comment, channel, at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (hall, ticket_id) do nothing""")
                    .params(event.hallId(), r.ticketId(), r.ticketNumber(), text(r.windowNo()), text(r.clerk()),
                            text(r.areaId()), r.level(), r.reasons().toArray(String[]::new), text(r.comment()),
                            text(r.channel()), Timestamp.from(r.at()))
                    .update();
        }
        if ("1".equals(event.get("followUp"))) {
            writeFollowUp(event);
        }
    }

    void writeFollowUp(HallEvent event) {
        String json;
        json = redis.hget(HallKeys.of(event.hallId()).followUps(), event.ticketId());
        if (json == null) {
            return;
        }
        StoredFollowUp f = JsonCodec.fromJson(json, StoredFollowUp.class);
        jdbc.sql("""
                insert into follow_up_record (hall, id, ticket_id, deadline, status, call_back_note, call_back_by,
                    call_back_at, fix_note, resolved_by, resolved_at, opened_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (hall, id) do update set
                    deadline = excluded.deadline, status = excluded.status, call_back_note = excluded.call_back_note,
                    call_back_by = excluded.call_back_by, call_back_at = excluded.call_back_at,
                    fix_note = excluded.fix_note, resolved_by = excluded.resolved_by, resolved_at = excluded.resolved_at""")
                .params(event.hallId(), f.id(), f.rating().ticketId(), Date.valueOf(LocalDate.parse(f.deadline())),
                        f.status(), text(f.callBackNote()), text(f.callBackBy()), ts(f.callBackAt()), text(f.fixNote()),
                        text(f.resolvedBy()), ts(f.resolvedAt()), Timestamp.from(f.rating().at()))
                .update();
    }

    private static Timestamp ts(long millis) {
        return millis > 0 ? Timestamp.from(Instant.ofEpochMilli(millis)) : null;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
