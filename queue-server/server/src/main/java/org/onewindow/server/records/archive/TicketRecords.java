package org.onewindow.server.records.archive;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.HallWindow;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredTicket;

/**
 * The ticket_record row of the ticket an event is about, from the ticket as it is in Redis now.
 * The row is replaced only by an event of a later hall version than the one it was made after, so
 * an entry done again late never takes a row back to an earlier state.
 */
@Component
class TicketRecords {

    /** Events whose actor is the clerk signed in at the ticket's window, acting on it there. */
    private static final Set<HallEventType> AT_THE_WINDOW = Set.of(HallEventType.TICKET_CALLED,
            HallEventType.TICKET_RECALLED, HallEventType.TICKET_FINISHED, HallEventType.TICKET_MARKED_NO_SHOW,
            HallEventType.TICKET_PARKED);

    private final JdbcClient jdbc;
    private final QueueReader reader;
    private final HallDirectory halls;

    TicketRecords(JdbcClient jdbc, QueueReader reader, HallDirectory halls) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.halls = halls;
    }

    static boolean describesATicket(HallEvent event) {
        return event.type().name().startsWith("TICKET_") && !event.ticketId().isEmpty();
    }

    /** Writes the row; a ticket gone from Redis (its day expired) is left as the records have it. */
    void write(HallEvent event) {
        reader.ticket(event.hallId(), event.ticketId()).ifPresent(t -> upsert(row(event, t)));
    }

    TicketRow row(HallEvent event, StoredTicket t) {
        boolean issue = event.type() == HallEventType.TICKET_ISSUED || event.type() == HallEventType.TICKET_TAKEN_REMOTELY;
        // Where it was issued is said by the issue event; without it (trimmed from the log) the
        // area it was last transferred from is the best the ticket knows.
        String firstArea = issue ? event.areaId() : t.fromArea() != null && !t.fromArea().isEmpty() ? t.fromArea() : t.area();
        String window = t.window() == null ? "" : t.window();
        String clerk = t.finishedBy() != null && !t.finishedBy().isEmpty() ? t.finishedBy()
                : AT_THE_WINDOW.contains(event.type()) && event.windowNo().equals(window) ? event.actor() : "";
        boolean finished = StoredTicket.DONE.equals(t.status());
        return new TicketRow(event.hallId(), t.id(), LocalDate.parse(t.day(), DateTimeFormatter.BASIC_ISO_DATE),
                t.number(), t.area(), firstArea, issue, nonNull(t.item()), t.priority(),
                issue ? event.actor() : "", RecordedStatus.of(t.status()), Instant.ofEpochMilli(t.issued()),
                when(t.calledAt()), when(t.finishedAt()), when(t.noShowAt()), window, kindOf(event.hallId(), window),
                clerk, t.calls(), t.recalls(), t.transfers(),
                // As statistics/Tally counts them: the wait from arrival (a phone ticket's check-in) to
                // the first call, the service from the last call.
                t.calledAt() > 0 ? seconds(t.arrival() > 0 ? t.arrival() : t.issued(), t.calledAt()) : null,
                finished && t.lastCalledAt() > 0 ? seconds(t.lastCalledAt(), t.finishedAt()) : null,
                t.person() == null || t.person().isEmpty() ? null : t.person(), event.seq());
    }

    void upsert(TicketRow r) {
        jdbc.sql("""
                insert into ticket_record (hall, ticket_id, day, number, area, first_area, item, priority, channel,
                    status, issued_at, first_called_at, finished_at, no_show_at, window_no, window_kind, clerk,
                    calls, recalls, transfers, wait_seconds, service_seconds, person_key, last_seq)
                values (:hall, :ticketId, :day, :number, :area, :firstArea, :item, :priority, :channel,
                    :status, :issuedAt, :firstCalledAt, :finishedAt, :noShowAt, :windowNo, :windowKind, :clerk,
                    :calls, :recalls, :transfers, :waitSeconds, :serviceSeconds, :personKey, :lastSeq)
                on conflict (hall, ticket_id) do update set
                    area = excluded.area,
                    first_area = case when :fromIssue then excluded.first_area else ticket_record.first_area end,
                    item = excluded.item, priority = excluded.priority,
                    channel = case when excluded.channel <> '' then excluded.channel else ticket_record.channel end,
                    status = excluded.status, first_called_at = excluded.first_called_at,
                    finished_at = excluded.finished_at, no_show_at = excluded.no_show_at,
                    window_no = excluded.window_no, window_kind = excluded.window_kind,
                    clerk = case when excluded.clerk <> '' then excluded.clerk else ticket_record.clerk end,
                    calls = excluded.calls, recalls = excluded.recalls, transfers = excluded.transfers,
                    wait_seconds = excluded.wait_seconds, service_seconds = excluded.service_seconds,
                    person_key = coalesce(excluded.person_key, ticket_record.person_key), last_seq = excluded.last_seq
                where ticket_record.last_seq < excluded.last_seq""")
                .param("hall", r.hall()).param("ticketId", r.ticketId()).param("day", r.day())
                .param("number", r.number()).param("area", r.area())
                .param("firstArea", r.firstArea()).param("fromIssue", r.fromIssue())
                .param("item", r.item()).param("priority", r.priority()).param("channel", r.channel())
                .param("status", r.status()).param("issuedAt", ts(r.issuedAt()))
                .param("firstCalledAt", ts(r.firstCalledAt())).param("finishedAt", ts(r.finishedAt()))
                .param("noShowAt", ts(r.noShowAt())).param("windowNo", r.windowNo()).param("windowKind", r.windowKind())
                .param("clerk", r.clerk()).param("calls", r.calls()).param("recalls", r.recalls())
                .param("transfers", r.transfers()).param("waitSeconds", r.waitSeconds())
                .param("serviceSeconds", r.serviceSeconds()).param("personKey", r.personKey())
                .param("lastSeq", r.lastSeq())
                .update();
    }

    private String kindOf(String hallId, String windowNo) {
        if (windowNo.isEmpty()) {
            return "";
        }
        Optional<HallWindow> w = halls.get(hallId).window(windowNo);
        return w.map(x -> x.kind().name()).orElse("");
    }

    private static Instant when(long millis) {
        return millis > 0 ? Instant.ofEpochMilli(millis) : null;
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Integer seconds(long fromMillis, long toMillis) {
        return (int) (Math.max(0, toMillis - fromMillis) / 1000);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
