package org.onewindow.server.faults.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.embedded.core.ExecutableProvider;

import org.onewindow.protocol.testsupport.FreePorts;

/**
 * The Redis binary the server ships, as a child process with an append-only file: killed with
 * {@code -9} and started again on the same port and data, it comes back with what it had written
 * to disk (every write with {@code appendfsync always}, up to the last second with {@code everysec}).
 */
public final class RedisNode {

    private final int port = FreePorts.any();
    private final Path dir;
    private String fsync = "always";
    private ChildProcess process;

    public RedisNode(Path dir) {
        this.dir = dir;
    }

    /** Starts (or starts again, on the same data) with the given {@code appendfsync} policy. */
    public void start(String appendFsync) {
        fsync = appendFsync;
        try {
            Files.createDirectories(dir);
            String binary = ExecutableProvider.newJarResourceProvider().get().getAbsolutePath();
            process = ChildProcess.start("redis", List.of(binary, "--bind", "127.0.0.1", "--port", Integer.toString(port),
                    "--dir", dir.toString(), "--appendonly", "yes", "--appendfsync", fsync, "--save", "",
                    "--daemonize", "no"), dir.resolve("redis.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Waits.until("Redis answers PONG on " + port, Duration.ofSeconds(60), this::answers, process);
    }

    /** Changes the fsync policy of the running Redis and of its next start. */
    public void useFsync(String appendFsync) {
        fsync = appendFsync;
        try (Jedis jedis = new Jedis("127.0.0.1", port, 2000)) {
            jedis.configSet("appendfsync", appendFsync);
        }
    }

    public void kill() {
        process.kill();
    }

    public void restart() {
        start(fsync);
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            process.terminate();
        }
    }

    public int port() {
        return port;
    }

    public String fsync() {
        return fsync;
    }

    /** A plain connection for reading what the suite needs to know (the publisher lease). */
    public Jedis connect() {
        return new Jedis("127.0.0.1", port, 2000);
    }

    private boolean answers() {
        try (Jedis jedis = connect()) {
            return "PONG".equals(jedis.ping());
        } catch (JedisException notYet) {
            return false;
        }
    }
}
