package org.onewindow.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedRecordsDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void recordsOutliveARestartOfTheEmbeddedDatabase() {
        try (EmbeddedRecordsDatabase first = EmbeddedRecordsDatabase.start(0, dataDir)) {
            write(first, "create table kept (what text)", "insert into kept values ('A001')");
        }
        try (EmbeddedRecordsDatabase second = EmbeddedRecordsDatabase.start(0, dataDir)) {
            assertThat(read(second)).isEqualTo("A001");
        }
    }

    @Test
    void aDatabaseAKilledServerLeftRunningIsStoppedAndItsRecordsKept() throws Exception {
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LeftoverDatabaseMain.class.getName(), dataDir.toString(), "B002")
                .redirectErrorStream(true).start();
        try {
            List<String> said = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null && !"ready".equals(line); line = out.readLine()) {
                    said.add(line);
                }
            }
            assertThat(server.isAlive()).as("the first server's database started; it said:%n%s", String.join("\n", said)).isTrue();
        } finally {
            server.destroyForcibly().waitFor();
        }
        long leftover = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive)).as("PostgreSQL outlived its killed server").contains(true);

        try (EmbeddedRecordsDatabase next = EmbeddedRecordsDatabase.start(0, dataDir)) {
            assertThat(read(next)).isEqualTo("B002");
            assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }

    static void write(EmbeddedRecordsDatabase db, String... statements) {
        try (HikariDataSource ds = RecordsSchemaTest.dataSource(db.jdbcUrl())) {
            for (String sql : statements) {
                JdbcClient.create(ds).sql(sql).update();
            }
        }
    }

    private static String read(EmbeddedRecordsDatabase db) {
        try (HikariDataSource ds = RecordsSchemaTest.dataSource(db.jdbcUrl())) {
            return JdbcClient.create(ds).sql("select what from kept").query(String.class).single();
        }
    }
}
