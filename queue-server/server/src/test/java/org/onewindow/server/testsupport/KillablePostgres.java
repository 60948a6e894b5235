package org.onewindow.server.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL a test starts itself on a directory and port of its own, to kill as a power cut
 * would (SIGKILL to its postmaster, by the pid it wrote) and to start again on the same data.
 */
public final class KillablePostgres implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres postgres;

    private KillablePostgres(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    public static KillablePostgres start(Path dataDir) {
        KillablePostgres pg = new KillablePostgres(dataDir.toAbsolutePath(), freePort());
        pg.postgres = pg.open();
        return pg;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Kills the postmaster with SIGKILL: no shutdown, no checkpoint; what was committed is on disk. */
    public synchronized void kill() {
        long pid = postmasterPid();
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster " + pid));
        postmaster.destroyForcibly();
        try {
            postmaster.onExit().get(10, TimeUnit.SECONDS);
            // Releases the directory's lock; its own stop finds nothing to stop.
            postgres.close();
        } catch (Exception e) {
            throw new IllegalStateException("the postmaster " + pid + " did not die", e);
        }
        postgres = null;
    }

    /**
     * Starts it again on the same directory and port. The killed postmaster's children leave within
     * moments; until they have, PostgreSQL refuses to start on their shared memory, so it is tried again.
     */
    public synchronized void restart() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> {
                    postgres = open();
                    return true;
                });
    }

    public long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.US_ASCII).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EmbeddedPostgres open() {
        try {
            return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // As a production database and the server's embedded one run: a commit is on disk
                    // before it is answered. The test database's defaults (no fsync, commits answered
                    // before they are written) lose answered commits when the postmaster is killed.
                    .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL on " + dataDir, e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
