package org.onewindow.server.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The redis-server process of the embedded Redis. It runs under a small POSIX shell watchdog
 * that reads a pipe from this JVM: when the JVM ends in any way, {@code kill -9} included, the
 * kernel closes the pipe and the watchdog stops Redis with SIGTERM, so Redis writes out its
 * append-only file and frees its port. The JVM stops it the same way, by closing the pipe. (A JVM
 * cannot ask the kernel to signal a child at its death; a parent-death signal would follow the
 * thread that started the child, not the process.)
 */
final class RedisChild {

    private static final Logger log = LoggerFactory.getLogger(RedisChild.class);

    // Ctrl-C reaches the whole process group: Redis handles it itself, the watchdog ignores it and
    // stays until the JVM is gone.
    private static final String WATCHDOG = String.join("\n",
            "trap '' INT HUP",
            "\"$@\" &",
            "redis=$!",
            "trap 'kill -TERM $redis 2>/dev/null' TERM",
            "echo \"$redis\"",
            "while read -r _; do :; done",
            "kill -TERM \"$redis\" 2>/dev/null",
            "wait \"$redis\"");

    private final Process watchdog;
    private final ProcessHandle redis;

    private RedisChild(Process watchdog, ProcessHandle redis) {
        this.watchdog = watchdog;
        this.redis = redis;
    }

    /** Starts {@code redisCommand} (the binary and its arguments) under the watchdog. */
    static RedisChild launch(List<String> redisCommand) throws IOException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", WATCHDOG, "onewindow-redis-watchdog"));
        command.addAll(redisCommand);
        Process watchdog = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(watchdog.getInputStream(), StandardCharsets.UTF_8));
        String pid = out.readLine();
        ProcessHandle redis = pid == null ? null : ProcessHandle.of(Long.parseLong(pid.strip())).orElse(null);
        if (redis == null) {
            watchdog.destroyForcibly();
            throw new IOException("the embedded Redis did not start: " + redisCommand.get(0));
        }
        Thread drain = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    log.warn("Embedded Redis: {}", line);
                }
            } catch (IOException e) {
                log.debug("Embedded Redis output closed: {}", e.getMessage());
            }
        }, "embedded-redis-output");
        drain.setDaemon(true);
        drain.start();
        return new RedisChild(watchdog, redis);
    }

    long pid() {
        return redis.pid();
    }

    boolean isAlive() {
        return redis.isAlive();
    }

    /**
     * Closes the pipe: the watchdog sends SIGTERM and Redis shuts down after writing its
     * append-only file. Only if it has not within {@code patience} is it killed.
     */
    void stop(Duration patience) {
        try {
            watchdog.getOutputStream().close();
            if (!watchdog.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS) || redis.isAlive()) {
                log.warn("Embedded Redis (pid {}) did not stop within {} s; killing it", redis.pid(), patience.toSeconds());
                redis.destroyForcibly();
                watchdog.destroyForcibly();
            }
        } catch (IOException e) {
            log.warn("Embedded Redis's watchdog pipe did not close cleanly: {}", e.getMessage());
            redis.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            redis.destroy();
        }
    }
}
