package org.onewindow.server.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.commands.ProtocolCommand;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.embedded.RedisServer;

import org.onewindow.protocol.testsupport.FreePorts;

/**
 * A real Redis of a test's own (the embedded server's binary, on a free port) that the test puts
 * in the states in which Redis answers "not now": loading its data, busy with a long script,
 * refusing writes after a failed save, or gone. Each state is entered for real, by the commands
 * Redis's own test suite uses, and ends by itself or when the test ends it.
 */
public final class TroubledRedis implements AutoCloseable {

    private static final ProtocolCommand DEBUG = () -> "DEBUG".getBytes(StandardCharsets.US_ASCII);
    /** Enough data (40 MB, stored uncompressed) for a slowed reload to last seconds. */
    private static final int PADDING_KEYS = 40_000;
    /** Microseconds per key while loading: about 8 s in all, the clients answered every ~0.4 s. */
    private static final String LOAD_DELAY_MICROS = "200";

    private final int port = FreePorts.any();
    private final Path dir;
    private RedisServer server;

    public TroubledRedis() {
        try {
            dir = Files.createTempDirectory("onewindow-troubled-redis");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    public int port() {
        return port;
    }

    /** Starts Redis (again) on its port, with the data it saved when it was stopped. */
    public synchronized void start() {
        try {
            server = RedisServer.newRedisServer().bind("127.0.0.1").port(port).setting("dir " + dir)
                    .setting("save \"\"").setting("appendonly no").setting("rdbcompression no").build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the data, then stops the process this helper started. */
    public synchronized void stop() {
        try (Jedis jedis = jedis()) {
            jedis.save();
        }
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A state Redis is in until it ends; {@link #end()} waits for that. */
    @FunctionalInterface
    public interface State {
        void end();
    }

    /**
     * Reloads the data set from disk, slowed down: returns once Redis answers LOADING, which lasts
     * several seconds; {@code end()} waits until the data is loaded.
     */
    public State loading() {
        try (Jedis jedis = jedis()) {
            jedis.sendCommand(DEBUG, "POPULATE", Integer.toString(PADDING_KEYS), "padding", "1000");
            jedis.configSet("key-load-delay", LOAD_DELAY_MICROS);
        }
        CompletableFuture<Object> reload = CompletableFuture.supplyAsync(() -> {
            try (Jedis jedis = new Jedis("127.0.0.1", port, 120_000)) {
                return jedis.sendCommand(DEBUG, "RELOAD");
            }
        });
        awaitAnswer("LOADING");
        return () -> {
            reload.join();
            try (Jedis jedis = jedis()) {
                jedis.configSet("key-load-delay", "0");
            }
        };
    }

    /**
     * Runs a read-only script that keeps Redis busy for {@code length}; past 10 ms every other client
     * is answered BUSY. {@code end()} waits for the script to finish.
     */
    public State busy(Duration length) {
        try (Jedis jedis = jedis()) {
            jedis.configSet("lua-time-limit", "10");
        }
        String spin = "local s = redis.call('TIME') while true do local t = redis.call('TIME') "
                + "if (t[1] - s[1]) * 1000000 + (t[2] - s[2]) > tonumber(ARGV[1]) then return 1 end end";
        CompletableFuture<Object> script = CompletableFuture.supplyAsync(() -> {
            try (Jedis jedis = new Jedis("127.0.0.1", port, 120_000)) {
                return jedis.eval(spin, 0, Long.toString(length.toNanos() / 1000));
            }
        });
        awaitAnswer("BUSY");
        return script::join;
    }

    /**
     * Makes a snapshot fail (its directory is gone), so that Redis refuses every write with MISCONF
     * while reads go on; {@code end()} saves successfully again, which lifts the refusal.
     */
    public State refusingWrites() {
        Path gone = dir.resolve("gone");
        try (Jedis jedis = jedis()) {
            Files.createDirectories(gone);
            jedis.configSet("save", "3600 1");
            jedis.configSet("dir", gone.toString());
            Files.delete(gone);
            jedis.bgsave();
            await().atMost(Duration.ofSeconds(30)).until(() -> jedis.info("persistence").contains("rdb_last_bgsave_status:err"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return () -> {
            try (Jedis jedis = jedis()) {
                jedis.configSet("dir", dir.toString());
                jedis.bgsave();
                await().atMost(Duration.ofSeconds(30)).until(() -> jedis.info("persistence").contains("rdb_last_bgsave_status:ok"));
                jedis.configSet("save", "");
            }
        };
    }

    private void awaitAnswer(String code) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
            try (Jedis jedis = jedis()) {
                jedis.ping();
                return false;
            } catch (JedisDataException e) {
                return e.getMessage().startsWith(code);
            }
        });
    }

    private Jedis jedis() {
        return new Jedis("127.0.0.1", port, 10_000);
    }

    @Override
    public synchronized void close() {
        try {
            server.stop();
        } catch (IOException e) {
            // The test is over; the process goes with the JVM.
        }
    }
}
