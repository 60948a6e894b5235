package org.onewindow.server.records.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.onewindow.server.database.RecordsSchema;

/**
 * Runs the purge every night on every instance; the advisory lock lets one of them do it and the
 * others find nothing to do. A night the database is away is made up the next: the cutoff only
 * moves forward.
 */
@Component
class PurgeSchedule {

    private static final Logger log = LoggerFactory.getLogger(PurgeSchedule.class);

    private final PersonalDataPurge purge;
    private final RetentionSettings settings;
    private final RecordsSchema schema;
    private final Clock clock;

    PurgeSchedule(PersonalDataPurge purge, RetentionSettings settings, RecordsSchema schema, Clock clock) {
        this.purge = purge;
        this.settings = settings;
        this.schema = schema;
        this.clock = clock;
    }

    @Scheduled(cron = "${onewindow.records.purge-cron:0 20 3 * * *}")
    void nightly() {
        if (!schema.ready()) {
            log.warn("personal data purge skipped: the records database is not ready");
            return;
        }
        LocalDate cutoff = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(settings.personalDataDays());
        try {
            PersonalDataPurge.Purged purged = purge.before(cutoff);
            if (purged.ran()) {
                log.info("personal data purge before {}: {} tickets, {} cases cleared", cutoff, purged.tickets(),
                        purged.cases());
            } else {
                log.info("personal data purge before {}: another instance is running it", cutoff);
            }
        } catch (DataAccessException e) {
            log.warn("personal data purge before {} failed, tried again tomorrow: {}", cutoff, e.getMessage());
        }
    }
}
