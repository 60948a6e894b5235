package org.onewindow.server.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Assumptions;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real PostgreSQL servers for tests: an embedded one (always, started once per test JVM) and the
 * machine's own on 127.0.0.1:5432 when one answers. Each test server or test gets a database of
 * its own, so none sees another's rows and nothing needs cleaning.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** Every PostgreSQL to run against: "embedded" and "machine" (skipped when it does not answer). */
    public static Stream<String> servers() {
        return Stream.of("embedded", "machine");
    }

    /** JDBC address of a new empty database on the embedded server. */
    public static String freshDatabase() {
        return freshDatabase("embedded");
    }

    /** JDBC address of a new empty database on the named server; user "postgres", no password. */
    public static String freshDatabase(String server) {
        String admin = adminUrl(server);
        String name = "onewindow_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(admin, "postgres", null); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + admin, e);
        }
        return admin.substring(0, admin.lastIndexOf('/') + 1) + name;
    }

    private static String adminUrl(String server) {
        if ("machine".equals(server)) {
            Assumptions.assumeTrue(machinePostgresAnswers(), "no PostgreSQL answers on 127.0.0.1:5432");
            return "jdbc:postgresql://127.0.0.1:5432/postgres";
        }
        return "jdbc:postgresql://127.0.0.1:" + embeddedPort() + "/postgres";
    }

    /** A small pool on the database at {@code url}, as user "postgres"; the caller closes it. */
    public static HikariDataSource dataSource(String url) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(url);
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(4);
        ds.setConnectionTimeout(2_000);
        ds.setInitializationFailTimeout(-1);
        return ds;
    }

    public static synchronized int embeddedPort() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the test PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stopEmbedded));
        }
        return embedded.getPort();
    }

    public static boolean machinePostgresAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void stopEmbedded() {
        try {
            embedded.close();
        } catch (IOException e) {
            // The JVM is exiting.
        }
    }
}
