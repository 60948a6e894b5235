package org.onewindow.server.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.embedded.core.ExecutableProvider;

/**
 * A Redis server started inside the queue server, so the demo needs nothing installed. It keeps
 * an append-only file under the data directory, written to disk before each write is answered
 * ({@code appendfsync always}), so neither a restart nor a power cut loses an issued ticket. It
 * dies with the server, even a killed one, and a Redis a killed server left running on the same
 * data is stopped before this one starts; a Redis that is not its own is never touched
 * (docs/adr/0015-embedded-redis-survives-a-killed-server.md).
 */
final class EmbeddedRedis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);
    private static final String HOST = "127.0.0.1";
    // Loading a large append-only file takes a while; Redis answers LOADING meanwhile.
    private static final Duration START_PATIENCE = Duration.ofSeconds(120);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

    private final RedisChild child;
    private final int port;
    private final Path dataDir;

    private EmbeddedRedis(RedisChild child, int port, Path dataDir) {
        this.child = child;
        this.port = port;
        this.dataDir = dataDir;
    }

    static EmbeddedRedis start(int requestedPort, Path dataDir) {
        Path dir = dataDir.toAbsolutePath();
        int port = requestedPort > 0 ? requestedPort : freePort();
        try {
            Files.createDirectories(dir);
            LeftoverRedis.stopIn(dir);
            if (inUse(port)) {
                throw new IllegalStateException("cannot start embedded Redis: port " + port + " of " + HOST
                        + " is in use by another process, which is left alone. Stop it, choose a free port with"
                        + " onewindow.redis.port (ONEWINDOW_REDIS_PORT), or use that Redis with onewindow.redis.embedded=false");
            }
            RedisChild child = RedisChild.launch(command(ExecutableProvider.newJarResourceProvider().get().getAbsolutePath(),
                    port, dir));
            new RedisPidFile(child.pid(), ProcessHandle.current().pid(), port).write(dir);
            EmbeddedRedis redis = new EmbeddedRedis(child, port, dir);
            try {
                redis.awaitReady();
            } catch (RuntimeException e) {
                redis.close();
                throw e;
            }
            log.info("Embedded Redis listening on {}:{} (pid {}), data in {}", HOST, port, child.pid(), dir);
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded Redis on port " + port + " with data in " + dir, e);
        }
    }

    private static List<String> command(String binary, int port, Path dir) {
        return List.of(binary, "--bind", HOST, "--port", Integer.toString(port), "--dir", dir.toString(),
                "--appendonly", "yes", "--appendfsync", "always", "--save", "",
                "--logfile", dir.resolve("redis.log").toString(), "--daemonize", "no");
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!child.isAlive()) {
                throw new IllegalStateException("embedded Redis on port " + port + " stopped at start-up: " + logTail());
            }
            try (Jedis jedis = new Jedis(HOST, port, 500)) {
                if ("PONG".equals(jedis.ping())) {
                    return;
                }
            } catch (JedisException notYet) {
                // Not listening yet, or still loading its data.
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the embedded Redis started", e);
            }
        }
        throw new IllegalStateException("embedded Redis on port " + port + " did not answer within "
                + START_PATIENCE.toSeconds() + " s: " + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("redis.log"), StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "no log in " + dataDir.resolve("redis.log");
        }
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        child.stop(STOP_PATIENCE);
        RedisPidFile.delete(dataDir);
    }

    private static boolean inUse(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(HOST, port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
