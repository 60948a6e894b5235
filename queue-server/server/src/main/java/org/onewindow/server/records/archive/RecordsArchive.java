package org.onewindow.server.records.archive;

import java.util.concurrent.CompletableFuture;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.pipeline.EffectGroup;
import org.onewindow.server.pipeline.HallEffect;
import org.onewindow.server.pipeline.RetryLater;
import org.onewindow.server.database.DatabaseAway;
import org.onewindow.server.database.RecordsSchema;

/**
 * Writes every entry of a hall's event log into the records, then what the entry changed, as it is
 * in Redis now. It runs in a consumer group of its own, so a records database that is away holds
 * up only the records: the entry is tried again until the database answers, never parked for it.
 */
@Component
class RecordsArchive implements HallEffect {

    private final RecordsSchema schema;
    private final HallEventRecords events;
    private final TicketRecords tickets;
    private final CaseRecords cases;
    private final RatingRecords ratings;

    RecordsArchive(RecordsSchema schema, HallEventRecords events, TicketRecords tickets, CaseRecords cases,
                   RatingRecords ratings) {
        this.schema = schema;
        this.events = events;
        this.tickets = tickets;
        this.cases = cases;
        this.ratings = ratings;
    }

    @Override
    public EffectGroup group() {
        return EffectGroup.ARCHIVE;
    }

    @Override
    public CompletableFuture<Void> apply(HallEvent event) {
        if (!schema.ready()) {
            throw new RetryLater("the records database is not migrated yet");
        }
        try {
            write(event);
        } catch (DataAccessException e) {
            if (DatabaseAway.isAway(e)) {
                throw new RetryLater("the records database is away: " + DatabaseAway.why(e));
            }
            throw e;
        }
        return DONE;
    }

    private void write(HallEvent event) {
        events.write(event);
        if (TicketRecords.describesATicket(event)) {
            tickets.write(event);
        } else if (event.type() == HallEventType.CASE_CHANGED) {
            cases.write(event);
        } else if (event.type() == HallEventType.RATING_RECORDED) {
            ratings.writeRating(event);
        } else if (event.type() == HallEventType.FOLLOW_UP_CHANGED) {
            ratings.writeFollowUp(event);
        }
    }
}
