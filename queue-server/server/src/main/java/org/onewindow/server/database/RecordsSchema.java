package org.onewindow.server.database;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records' schema, brought up to date by Flyway from the SQL in {@code db/records}. An
 * embedded database is ours and must migrate at start. The installation's own may be away when
 * the server starts: the hall runs anyway, the schema is migrated as soon as the database answers,
 * and writers wait for {@link #ready()} meanwhile (records are delayed, never lost).
 */
public class RecordsSchema implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RecordsSchema.class);
    private static final Duration RETRY_EVERY = Duration.ofSeconds(5);

    private final Flyway flyway;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "records-schema");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean ready;

    public RecordsSchema(DataSource dataSource) {
        this.flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/records")
                .table("schema_history")
                .connectRetries(0)
                .load();
    }

    /** Migrates now; when that fails and {@code mustSucceed} is false, again every few seconds until it works. */
    public void migrateAtStart(boolean mustSucceed) {
        if (mustSucceed) {
            migrate();
            return;
        }
        try {
            migrate();
        } catch (RuntimeException e) {
            log.warn("The records database cannot be migrated yet ({}); the hall runs, records wait, trying again every {} s",
                    e.getMessage(), RETRY_EVERY.toSeconds());
            retries.schedule(this::retry, RETRY_EVERY.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private void retry() {
        try {
            migrate();
        } catch (RuntimeException e) {
            log.debug("Records database still away: {}", e.getMessage());
            retries.schedule(this::retry, RETRY_EVERY.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private void migrate() {
        MigrateResult result = flyway.migrate();
        log.info("Records schema at version {} ({} migrations applied now)",
                result.targetSchemaVersion == null ? flyway.info().current().getVersion() : result.targetSchemaVersion,
                result.migrationsExecuted);
        ready = true;
    }

    /** Whether the schema is up to date, so records may be written and read. */
    public boolean ready() {
        return ready;
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }
}
