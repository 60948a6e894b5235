package org.onewindow.server.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.embedded.RedisServer;

import org.onewindow.protocol.testsupport.FreePorts;

/**
 * Real Redis servers for tests: an embedded one (always, on a free port, started once per test
 * JVM) and the machine's own on 127.0.0.1:6379 when one answers. Tests use a fresh hall id each,
 * so they never see each other's keys and never need to flush anything.
 */
public final class TestRedis {

    private static RedisServer embedded;
    private static int embeddedPort;

    private TestRedis() {
    }

    /** Address of the embedded server, started on first use. */
    public static synchronized int embeddedPort() {
        if (embedded == null) {
            try {
                embeddedPort = FreePorts.any();
                Path dir = Files.createTempDirectory("onewindow-test-redis");
                embedded = RedisServer.newRedisServer().bind("127.0.0.1").port(embeddedPort)
                        .setting("dir " + dir).setting("save \"\"").setting("appendonly no").build();
                embedded.start();
                Runtime.getRuntime().addShutdownHook(new Thread(TestRedis::stopEmbedded));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return embeddedPort;
    }

    /**
     * Every Redis to run against: "embedded", "cluster" (three masters, {@link TestRedisCluster})
     * and "machine". A test on "machine" is reported as skipped when 127.0.0.1:6379 does not
     * answer, so a run without it says what it did not try.
     */
    public static Stream<String> servers() {
        return Stream.of("embedded", "cluster", "machine");
    }

    /** A new client of the named server; the caller closes it. Skips the test when "machine" does not answer. */
    public static UnifiedJedis pool(String server) {
        if ("cluster".equals(server)) {
            return TestRedisCluster.client();
        }
        if ("machine".equals(server)) {
            Assumptions.assumeTrue(machineRedisAnswers(), "no Redis answers on 127.0.0.1:6379");
        }
        ConnectionPoolConfig config = new ConnectionPoolConfig();
        config.setMaxTotal(32);
        int port = "machine".equals(server) ? 6379 : embeddedPort();
        return RedisClient.builder().hostAndPort("127.0.0.1", port).poolConfig(config).build();
    }

    public static boolean machineRedisAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void stopEmbedded() {
        try {
            embedded.stop();
        } catch (IOException e) {
            // The JVM is exiting; the process dies with it.
        }
    }
}
