package org.onewindow.server.statistics.range;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;


/** Rows of the records as the records writer leaves them (V1's column comments), written by SQL. */
public final class RangeFixtures {

    private final JdbcClient jdbc;
    private final String hall;

    public RangeFixtures(JdbcClient jdbc, String hall) {
        this.jdbc = jdbc;
        this.hall = hall;
    }

    /** The range statistics of one hall over the given database, on the given clock. */
    public static RangeStatisticsService service(JdbcClient jdbc, Hall hall, Clock clock) {
        return new RangeStatisticsService(new HallDirectory(List.of(hall)), new TicketFigures(jdbc),
                new RatingFigures(jdbc), new FollowUpFigures(jdbc), clock);
    }

    /** A case of the hall, closed at {@code closedAt} or still open when it is null. */
    public RangeFixtures aCase(String caseNo, String created, String closedAt, String maskedName, String personKey) {
        jdbc.sql("""
                insert into case_record (hall, case_no, item_code, item_name, masked_name, person_key, status,
                    created_at, closed_at)
                values (:hall, :no, 'BDC01', '不动产首次登记', :masked, :person, :status, :created, :closed)
                """)
                .param("hall", hall).param("no", caseNo).param("masked", maskedName).param("person", personKey)
                .param("status", closedAt == null ? "ACCEPTED" : "DELIVERED").param("created", OffsetDateTime.parse(created))
                .param("closed", closedAt == null ? null : OffsetDateTime.parse(closedAt)).update();
        return this;
    }

    /** A migrated fresh database on the named test server. */
    public static HikariDataSource database(String url) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername("postgres");
        ds.setConnectionTimeout(2_000);
        // As RecordsSchema migrates at a server's start.
        Flyway.configure().dataSource(ds).locations("classpath:db/records").table("schema_history").load().migrate();
        return ds;
    }

    /**
     * A ticket issued at 09:00 on its day in Asia/Shanghai; called {@code wait} seconds later when
     * wait is not null, finished {@code service} seconds after that when its status is FINISHED.
     */
    public RangeFixtures ticket(String id, String day, String area, String item, String status, String windowNo,
                         String windowKind, String clerk, Integer wait, Integer service, int transfers, String personKey) {
        LocalDate d = LocalDate.parse(day);
        OffsetDateTime issued = OffsetDateTime.parse(day + "T09:00:00+08:00");
        OffsetDateTime called = wait == null ? null : issued.plusSeconds(wait);
        OffsetDateTime finished = "FINISHED".equals(status) ? called.plusSeconds(service) : null;
        jdbc.sql("""
                insert into ticket_record (hall, ticket_id, day, number, area, first_area, item, priority, channel,
                    status, issued_at, first_called_at, finished_at, no_show_at, window_no, window_kind, clerk, calls,
                    transfers, wait_seconds, service_seconds, person_key, last_seq)
                values (:hall, :id, :day, :number, :area, :area, :item, 'NORMAL', 'kiosk-1', :status, :issued, :called,
                    :finished, :noShow, :window, :kind, :clerk, :calls, :transfers, :wait, :service, :person, 1)
                """)
                .param("hall", hall).param("id", id).param("day", d).param("number", id.substring(id.indexOf('-') + 1))
                .param("area", area).param("item", item).param("status", status).param("issued", issued)
                .param("called", called).param("finished", finished)
                .param("noShow", "NO_SHOW".equals(status) ? called.plusSeconds(180) : null)
                .param("window", windowNo).param("kind", windowKind).param("clerk", clerk)
                .param("calls", wait == null ? 0 : 1).param("transfers", transfers).param("wait", wait)
                .param("service", "FINISHED".equals(status) ? service : null).param("person", personKey)
                .update();
        return this;
    }

    public RangeFixtures rating(String ticketId, String windowNo, String clerk, String area, String level, String at) {
        jdbc.sql("""
                insert into rating_record (hall, ticket_id, ticket_number, window_no, clerk, area, level, reasons, at)
                values (:hall, :id, :number, :window, :clerk, :area, :level, :reasons, :at)
                """)
                .param("hall", hall).param("id", ticketId).param("number", ticketId.substring(ticketId.indexOf('-') + 1))
                .param("window", windowNo).param("clerk", clerk).param("area", area).param("level", level)
                .param("reasons", level.contains("DISSATISFIED") ? new String[] {"SLOW"} : new String[0])
                .param("at", OffsetDateTime.parse(at)).update();
        return this;
    }

    public RangeFixtures followUp(String id, String ticketId, String opened, String deadline, String resolvedAt) {
        jdbc.sql("""
                insert into follow_up_record (hall, id, ticket_id, deadline, status, resolved_by, resolved_at, opened_at)
                values (:hall, :id, :ticket, :deadline, :status, :by, :resolved, :opened)
                """)
                .param("hall", hall).param("id", id).param("ticket", ticketId).param("deadline", LocalDate.parse(deadline))
                .param("status", resolvedAt == null ? "OPEN" : "RESOLVED").param("by", resolvedAt == null ? "" : "manager")
                .param("resolved", resolvedAt == null ? null : OffsetDateTime.parse(resolvedAt))
                .param("opened", OffsetDateTime.parse(opened)).update();
        return this;
    }

    /**
     * A large hall's month in one statement: {@code perDay} tickets a day in areas biz and social
     * over 12 windows (the first 8 comprehensive), most finished, some no-shows, a rating for every
     * second finished ticket and a follow-up for each bad one.
     */
    public void generatedMonth(LocalDate first, int days, int perDay) {
        jdbc.sql("""
                insert into ticket_record (hall, ticket_id, day, number, area, first_area, item, priority, channel,
                    status, issued_at, first_called_at, finished_at, window_no, window_kind, clerk, calls, transfers,
                    wait_seconds, service_seconds, person_key, last_seq)
                select :hall, to_char(d, 'YYYYMMDD') || '-' || n, d::date, 'A' || lpad(n::text, 4, '0'),
                       case when n % 3 = 0 then 'social' else 'biz' end, 'biz',
                       case when n % 3 = 0 then 'SB001' else 'QY001' end, 'NORMAL', 'kiosk-1',
                       case when n % 20 = 0 then 'NO_SHOW' else 'FINISHED' end,
                       d + interval '9 hours' + n * interval '10 seconds',
                       d + interval '9 hours' + n * interval '10 seconds' + (n % 900) * interval '1 second',
                       case when n % 20 <> 0 then d + interval '9 hours' + n * interval '10 seconds'
                            + (n % 900 + 120 + n % 600) * interval '1 second' end,
                       (n % 12 + 1)::text, case when n % 12 < 8 then 'COMPREHENSIVE' else 'SPECIALISED' end,
                       'clerk' || lpad((n % 12 + 1)::text, 2, '0'), 1, case when n % 50 = 0 then 1 else 0 end,
                       n % 900, case when n % 20 <> 0 then 120 + n % 600 end, 'pk' || n, 1
                from generate_series(cast(:first as timestamp), cast(:last as timestamp), interval '1 day') d,
                     generate_series(1, :perDay) n
                """)
                .param("hall", hall).param("first", first.toString()).param("last", first.plusDays(days - 1).toString())
                .param("perDay", perDay).update();
        jdbc.sql("""
                insert into rating_record (hall, ticket_id, ticket_number, window_no, clerk, area, level, at)
                select hall, ticket_id, number, window_no, clerk, area,
                       (array['VERY_SATISFIED','SATISFIED','BASIC','DISSATISFIED','VERY_SATISFIED','SATISFIED',
                              'VERY_SATISFIED','SATISFIED','VERY_SATISFIED','VERY_DISSATISFIED'])[abs(hashtext(ticket_id || 'level')) % 10 + 1],
                       finished_at
                from ticket_record where hall = :hall and status = 'FINISHED' and abs(hashtext(ticket_id)) % 2 = 0
                """).param("hall", hall).update();
        jdbc.sql("""
                insert into follow_up_record (hall, id, ticket_id, deadline, status, resolved_at, opened_at)
                select hall, 'F-' || ticket_id, ticket_id, (at + interval '21 days')::date,
                       case when abs(hashtext(ticket_id)) % 4 = 0 then 'OPEN' else 'RESOLVED' end,
                       case when abs(hashtext(ticket_id)) % 4 <> 0 then at + interval '3 days' end, at
                from rating_record where hall = :hall and level in ('DISSATISFIED', 'VERY_DISSATISFIED')
                """).param("hall", hall).update();
    }
}
