package org.onewindow.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.onewindow.server.testsupport.TestPostgres;

class RecordsSchemaTest {

    static java.util.stream.Stream<String> servers() {
        return TestPostgres.servers();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void anEmptyDatabaseGetsEveryTableAndASecondStartChangesNothing(String server) {
        try (HikariDataSource ds = dataSource(TestPostgres.freshDatabase(server))) {
            RecordsSchema first = new RecordsSchema(ds);
            first.migrateAtStart(true);
            assertThat(first.ready()).isTrue();

            JdbcClient jdbc = JdbcClient.create(ds);
            List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
                    .query(String.class).list();
            assertThat(tables).contains("hall_event", "ticket_record", "case_record", "case_step", "rating_record",
                    "follow_up_record", "audit_record", "daily_statistics", "schema_history");
            int applied = jdbc.sql("select count(*) from schema_history where success").query(Integer.class).single();

            RecordsSchema second = new RecordsSchema(ds);
            second.migrateAtStart(true);
            assertThat(second.ready()).isTrue();
            assertThat(jdbc.sql("select count(*) from schema_history where success").query(Integer.class).single())
                    .isEqualTo(applied);
        }
    }

    /**
     * An installation upgraded from the first release: its records, written under the first schema,
     * are all there under the newest one.
     */
    @ParameterizedTest
    @MethodSource("servers")
    void recordsWrittenUnderTheFirstSchemaSurviveEveryLaterMigration(String server) {
        try (HikariDataSource ds = dataSource(TestPostgres.freshDatabase(server))) {
            Flyway.configure().dataSource(ds).locations("classpath:db/records").table("schema_history").target("1").load().migrate();
            JdbcClient jdbc = JdbcClient.create(ds);
            jdbc.sql("""
                    insert into ticket_record (hall, ticket_id, day, number, area, first_area, priority, status, issued_at,
                        finished_at, window_no, wait_seconds, service_seconds, person_key, last_seq)
                    values ('linxia', '20261125-A001', '2026-11-25', 'A001', 'invest', 'invest', 'NORMAL', 'FINISHED',
                        '2026-11-25T01:00:00Z', '2026-11-25T01:20:00Z', '1', 600, 600, 'pk-1', 7)""").update();

            RecordsSchema schema = new RecordsSchema(ds);
            schema.migrateAtStart(true);

            assertThat(jdbc.sql("select number || ' ' || status || ' ' || wait_seconds from ticket_record").query(String.class).single())
                    .isEqualTo("A001 FINISHED 600");
            assertThat(Flyway.configure().dataSource(ds).locations("classpath:db/records").table("schema_history").load()
                    .info().pending()).as("every later migration applied").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aDatabaseThatIsAwayLeavesTheSchemaNotReadyWithoutStoppingTheServer(String server) {
        try (HikariDataSource ds = dataSource("jdbc:postgresql://127.0.0.1:1/nowhere")) {
            RecordsSchema schema = new RecordsSchema(ds);
            schema.migrateAtStart(false);
            assertThat(schema.ready()).isFalse();
            schema.close();
        }
    }

    static HikariDataSource dataSource(String url) {
        return TestPostgres.dataSource(url);
    }
}
