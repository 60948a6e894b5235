package org.onewindow.server.audit;

import java.security.Principal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import org.onewindow.server.database.DatabaseAway;
import org.onewindow.server.database.RecordsSchema;
import org.onewindow.server.error.OutOfScopeException;
import org.onewindow.server.error.UnavailableException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.HallReach;

/**
 * Reads the trail from the records for a manager. Days are those of the halls' time zone (a
 * hall's own when the query names one); with the database away the answer is 503, the trail
 * itself waiting in Redis meanwhile.
 */
@Component
class AuditReading {

    private static final Duration RETRY = Duration.ofSeconds(10);

    private final AuditRecords records;
    private final RecordsSchema schema;
    private final HallDirectory halls;
    private final HallReach reach;

    AuditReading(AuditRecords records, RecordsSchema schema, HallDirectory halls, HallReach reach) {
        this.records = records;
        this.schema = schema;
        this.halls = halls;
        this.reach = reach;
    }

    /** The entries asked for, of the halls the manager reaches (ADR 0040); a hall outside them is refused. */
    List<AuditEntry> find(String from, String to, String actor, String action, String hall, String limit, Principal who) {
        AuditQuery query = AuditQuery.of(from, to, actor, action, hall, limit, zone(hall));
        if (!reach.everywhere(who)) {
            if (query.hall() != null && !reach.reaches(who, halls.get(query.hall()))) {
                throw new OutOfScopeException("hall " + query.hall() + " is outside your scope");
            }
            query = query.within(halls.all().stream().filter(h -> reach.reaches(who, h)).map(Hall::id).toList(), who.getName());
        }
        if (!schema.ready()) {
            throw new UnavailableException("the records database is not ready yet", RETRY, null);
        }
        try {
            return records.find(query);
        } catch (DataAccessException e) {
            if (DatabaseAway.isAway(e)) {
                throw new UnavailableException("the records database is away", RETRY, e);
            }
            throw e;
        }
    }

    private ZoneId zone(String hall) {
        if (hall != null && !hall.isBlank()) {
            return halls.get(hall.strip()).timeZone();
        }
        return halls.all().stream().findFirst().map(Hall::timeZone).orElse(ZoneId.systemDefault());
    }
}
