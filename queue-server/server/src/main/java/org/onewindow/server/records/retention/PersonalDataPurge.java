package org.onewindow.server.records.retention;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Clears person keys and masked names of the records older than a cutoff day: tickets of earlier
 * days, cases closed before it (an open case keeps them, however old). Idempotent: a second run
 * finds nothing left to clear.
 */
@Component
public class PersonalDataPurge {

    /** What one run did. {@code ran} is false when another instance held the purge at that moment. */
    public record Purged(boolean ran, int tickets, int cases) {
    }

    /** The advisory lock every instance takes to purge: "onewind" in ASCII, a key no other job uses. */
    static final long LOCK = 0x6f6e6577696e64L;

    // One statement is one transaction: the transaction-scoped advisory lock is held for exactly
    // the updates, and released by the commit even if the instance dies half-way.
    private static final String SQL = """
            with lock as (select pg_try_advisory_xact_lock(:lock) as held),
            tickets as (
                update ticket_record set person_key = null
                where person_key is not null and day < :cutoff and (select held from lock)
                returning 1),
            cases as (
                update case_record set person_key = null, masked_name = null
                where closed_at is not null and closed_at < :cutoffAt
                  and (person_key is not null or masked_name is not null) and (select held from lock)
                returning 1),
            logged as (
                insert into personal_data_purge (ran_at, cutoff, tickets, cases)
                select now(), :cutoff, (select count(*) from tickets), (select count(*) from cases)
                where (select held from lock)
                returning 1)
            select (select held from lock) as held, (select count(*) from tickets) as tickets,
                   (select count(*) from cases) as cases, (select count(*) from logged) as logged
            """;

    private final JdbcClient jdbc;

    public PersonalDataPurge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Clears what is older than {@code cutoff}. Days and closing times are compared in UTC: a hall's
     * own zone moves the cutoff by hours, nothing at a retention of months.
     */
    public Purged before(LocalDate cutoff) {
        OffsetDateTime cutoffAt = cutoff.atStartOfDay().atOffset(ZoneOffset.UTC);
        return jdbc.sql(SQL).param("lock", LOCK).param("cutoff", cutoff).param("cutoffAt", cutoffAt)
                .query((rs, n) -> new Purged(rs.getBoolean("held"), rs.getInt("tickets"), rs.getInt("cases")))
                .single();
    }
}
