package org.onewindow.server.redis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the embedded Redis a killed queue server may have left running on a data directory and
 * stops it, so the next start gets the port and the data. A process counts as that Redis only
 * when everything agrees: the pid file names it, it is a redis-server ({@code /proc/<pid>/cmdline})
 * and it works in this very directory ({@code /proc/<pid>/cwd}). Anything else (a pid reused by
 * another program, someone else's Redis, a system without {@code /proc}) is never touched.
 */
final class LeftoverRedis {

    private static final Logger log = LoggerFactory.getLogger(LeftoverRedis.class);
    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(30);

    private LeftoverRedis() {
    }

    /**
     * Stops this directory's Redis left by a server that is gone.
     *
     * @throws IllegalStateException when the server that started it still runs, or it will not stop
     */
    static void stopIn(Path dataDir) {
        Optional<RedisPidFile> recorded = RedisPidFile.read(dataDir);
        if (recorded.isEmpty()) {
            return;
        }
        RedisPidFile file = recorded.get();
        Optional<ProcessHandle> redis = ProcessHandle.of(file.redisPid()).filter(p -> servesDirectory(p, dataDir));
        if (redis.isEmpty()) {
            RedisPidFile.delete(dataDir);
            return;
        }
        ProcessHandle leftover = redis.get();
        if (ownerRuns(file.serverPid(), leftover)) {
            throw new IllegalStateException("the data directory " + dataDir + " is in use by a running queue server (pid "
                    + file.serverPid() + ", its Redis on port " + file.port() + "): stop that server first, or give this one"
                    + " its own onewindow.data-dir (ONEWINDOW_DATA_DIR)");
        }
        log.warn("Stopping the embedded Redis (pid {}, port {}) that a queue server which ended without stopping it"
                + " left running on {}; its data is kept", leftover.pid(), file.port(), dataDir);
        // SIGTERM: Redis writes out its append-only file, then exits.
        leftover.destroy();
        try {
            leftover.onExit().get(SHUTDOWN_PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("the embedded Redis (pid " + leftover.pid() + ") left running on " + dataDir
                    + " did not stop within " + SHUTDOWN_PATIENCE.toSeconds() + " s of SIGTERM; stop it, then start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the leftover embedded Redis stopped", e);
        }
        RedisPidFile.delete(dataDir);
    }

    /** A live redis-server whose working directory (Redis moves to its data directory) is this one. */
    static boolean servesDirectory(ProcessHandle process, Path dataDir) {
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        try {
            String command = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
            return process.isAlive() && command.contains("redis-server")
                    && Files.readSymbolicLink(proc.resolve("cwd")).equals(dataDir.toRealPath());
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }

    // The server still runs only if the recorded pid is alive and Redis is still among its
    // descendants: a pid reused by another program has no such child.
    private static boolean ownerRuns(long serverPid, ProcessHandle redis) {
        return ProcessHandle.of(serverPid).filter(ProcessHandle::isAlive)
                .map(server -> server.descendants().anyMatch(d -> d.pid() == redis.pid()))
                .orElse(false);
    }
}
