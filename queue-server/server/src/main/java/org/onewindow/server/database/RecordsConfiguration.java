package org.onewindow.server.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The records' connection pool, on the embedded PostgreSQL or on the installation's own. */
@Configuration(proxyBeanMethods = false)
class RecordsConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedRecordsHolder embeddedRecordsDatabase(RecordsSettings settings, Environment environment) {
        // Several instances, each with a database of its own, would split one hall's records; and a
        // province backs up its database, not every server's data directory.
        if (settings.embedded() && environment.matchesProfiles("production")) {
            throw new IllegalStateException("With the profile production the records are kept in the installation's own"
                    + " PostgreSQL: set ONEWINDOW_RECORDS_URL (jdbc:postgresql://host:5432/database), ONEWINDOW_RECORDS_USERNAME"
                    + " and ONEWINDOW_RECORDS_PASSWORD (docs/records.md)");
        }
        return settings.embedded()
                ? new EmbeddedRecordsHolder(EmbeddedRecordsDatabase.start(settings.embeddedPort(), Path.of(settings.dataDir())))
                : new EmbeddedRecordsHolder(null);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource recordsDataSource(RecordsSettings settings, EmbeddedRecordsHolder embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("records");
        if (embedded.database() != null) {
            config.setJdbcUrl(embedded.database().jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.username());
            if (settings.password() != null && !settings.password().isBlank()) {
                config.setPassword(settings.password());
            }
        }
        config.setMaximumPoolSize(Math.max(2, settings.poolSize()));
        // Records are written after the hall has changed; a PostgreSQL that is away delays them.
        // So nothing waits long for a connection, and the pool starts even when none can be made.
        config.setConnectionTimeout(2_000);
        config.setValidationTimeout(1_000);
        config.setInitializationFailTimeout(-1);
        // A connection whose server died without closing it must not hold a writer for ever: no
        // record takes seconds to write, so an answer that long in coming is a dead connection.
        config.addDataSourceProperty("socketTimeout", "30");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        return new HikariDataSource(config);
    }

    @Bean
    RecordsSchema recordsSchema(DataSource recordsDataSource, EmbeddedRecordsHolder embedded) {
        RecordsSchema schema = new RecordsSchema(recordsDataSource);
        schema.migrateAtStart(embedded.database() != null);
        return schema;
    }

    /** Keeps the embedded database's life tied to the context; empty for the installation's own. */
    record EmbeddedRecordsHolder(EmbeddedRecordsDatabase database) implements AutoCloseable {
        @Override
        public void close() {
            if (database != null) {
                database.close();
            }
        }
    }
}
