package org.onewindow.server.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL started by the server on its data directory, so the demo keeps its records with
 * nothing installed. Its files survive restarts. PostgreSQL runs as a process of its own and
 * outlives a killed server; the next start finds it by the pid file PostgreSQL keeps in its
 * directory and stops it first, since only this server ever uses that directory.
 */
final class EmbeddedRecordsDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRecordsDatabase.class);
    private static final Duration START_PATIENCE = Duration.ofSeconds(60);
    private static final Duration LEFTOVER_PATIENCE = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;

    private EmbeddedRecordsDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedRecordsDatabase start(int port, Path dataDir) {
        Path dir = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
            stopLeftoverIn(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(START_PATIENCE)
                    // Stopped when the server's context closes, after the records written during a
                    // graceful shutdown, not by a hook of its own racing them.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // Records are written after the hall's change, at least once: a lost commit is
                    // written again from the event log, but a torn page is not, so fsync stays on.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL listening on 127.0.0.1:{}, data in {}", postgres.getPort(), dir);
            return new EmbeddedRecordsDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL with data in " + dir
                    + "; see " + dir.resolve("postgresql.log") + " if it exists", e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /**
     * A killed server leaves its PostgreSQL running on the directory, which then refuses a second
     * one. The pid file's first line is the postmaster's pid; a process by that pid that is a
     * postgres is that leftover (PostgreSQL itself treats the file so).
     */
    private static void stopLeftoverIn(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        Optional<ProcessHandle> leftover = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = leftover.get();
        log.warn("Stopping the embedded PostgreSQL (pid {}) a stopped server left running on {}", postmaster.pid(), dir);
        postmaster.destroy();
        try {
            postmaster.onExit().get(LEFTOVER_PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the PostgreSQL left running on " + dir + " (pid " + postmaster.pid()
                    + ") did not stop within " + LEFTOVER_PATIENCE.toSeconds() + " s; stop it and start again", e);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
