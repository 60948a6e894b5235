package org.onewindow.server.redis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What the embedded Redis of a data directory is, kept in {@code embedded-redis.pid} beside its
 * data while it runs, so the next start can recognise one that a killed server left behind.
 *
 * @param redisPid  the redis-server process
 * @param serverPid the queue server (JVM) that started it
 * @param port      its port on 127.0.0.1
 */
record RedisPidFile(long redisPid, long serverPid, int port) {

    static final String NAME = "embedded-redis.pid";

    /** The recorded Redis, or empty when there is no file or it cannot be read (then it is ignored). */
    static Optional<RedisPidFile> read(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(new RedisPidFile(Long.parseLong(p.getProperty("redis.pid", "").strip()),
                    Long.parseLong(p.getProperty("server.pid", "").strip()),
                    Integer.parseInt(p.getProperty("port", "").strip())));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    void write(Path dataDir) {
        try (Writer w = Files.newBufferedWriter(dataDir.resolve(NAME), StandardCharsets.UTF_8)) {
            w.write("# The embedded Redis of this data directory, written by the queue server that started it.\n");
            w.write("redis.pid=" + redisPid + "\nserver.pid=" + serverPid + "\nport=" + port + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dataDir.resolve(NAME), e);
        }
    }

    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dataDir.resolve(NAME), e);
        }
    }
}
