package org.onewindow.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import org.onewindow.server.testsupport.TestPostgres;

/**
 * The directory as sign-in and device tokens read it: seeds go into an empty database once, the
 * database's rows win over the seeds, and while PostgreSQL is away the last rows read still answer.
 */
class AccountDirectoryTest {

    private static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");

    static java.util.stream.Stream<String> servers() {
        return TestPostgres.servers();
    }

    private static final AccountSeeds SEEDS = new AccountSeeds() {
        @Override
        public List<StaffAccount> staff() {
            return List.of(new StaffAccount("clerk01", "李娜", "{bcrypt}seed", List.of("CLERK"), List.of(), List.of(), false,
                    "seed", AT, "seed", AT));
        }

        @Override
        public List<RegisteredDevice> devices() {
            return List.of(new RegisteredDevice("kiosk-1", "KIOSK", "testhall", null, "a".repeat(64), null, false, "seed", AT, null));
        }
    };

    private static HikariDataSource dataSource(String url) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername("postgres");
        ds.setConnectionTimeout(2_000);
        ds.setInitializationFailTimeout(-1);
        return ds;
    }

    private static void migrate(HikariDataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/records").table("schema_history").load().migrate();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void theDatabaseWinsOverTheSeedsAndItsLastRowsAnswerWhileItIsAway(String server) {
        HikariDataSource ds = dataSource(TestPostgres.freshDatabase(server));
        migrate(ds);
        AccountStore store = new AccountStore(ds);
        try (AccountDirectory first = new AccountDirectory(store, SEEDS, () -> true)) {
            assertThat(first.staff("clerk01")).isPresent();
            assertThat(first.device("kiosk-1")).isPresent();
        }
        JdbcClient.create(ds).sql("update staff_account set display_name = '改名', disabled = true where username = 'clerk01'").update();
        JdbcClient.create(ds).sql("update registered_device set token_sha256 = ? where id = 'kiosk-1'").params("b".repeat(64)).update();

        try (AccountDirectory next = new AccountDirectory(store, SEEDS, () -> true)) {
            assertThat(next.staff("clerk01").orElseThrow().displayName()).isEqualTo("改名");
            assertThat(next.staff(" CLERK01 ").orElseThrow().disabled()).isTrue();
            assertThat(next.device("kiosk-1").orElseThrow().tokenSha256()).isEqualTo("b".repeat(64));

            ds.close();
            assertThat(next.staff("clerk01").orElseThrow().displayName()).as("the last rows read").isEqualTo("改名");
            try {
                next.refresh();
            } catch (IllegalStateException | org.springframework.dao.DataAccessException away) {
                // PostgreSQL is away: the refresh fails and the directory keeps what it had.
            }
            assertThat(next.staff("clerk01").orElseThrow().disabled()).isTrue();
            assertThat(next.device("kiosk-1").orElseThrow().tokenSha256()).isEqualTo("b".repeat(64));
        }
    }

    @Test
    void aDatabaseAwayFromTheStartLeavesTheSeeds() {
        try (HikariDataSource ds = dataSource("jdbc:postgresql://127.0.0.1:1/nowhere");
             AccountDirectory directory = new AccountDirectory(new AccountStore(ds), SEEDS, () -> true)) {
            assertThat(directory.staff("clerk01").orElseThrow().displayName()).isEqualTo("李娜");
            assertThat(directory.device("kiosk-1")).isPresent();
        }
    }
}
