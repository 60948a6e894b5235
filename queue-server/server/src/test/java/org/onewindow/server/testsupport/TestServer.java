package org.onewindow.server.testsupport;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Settings of a whole server under test: embedded Redis and broker on free ports, a database of its
 * own on the test PostgreSQL, the test hall, and
 * the demo devices kiosk-1, board-main and terminal-1 registered in it ({@link TestDevices}).
 */
public final class TestServer {

    private TestServer() {
    }

    /** The server's records in a new database of the test JVM's embedded PostgreSQL. */
    public static void onFreshRecords(DynamicPropertyRegistry registry) {
        String url = TestPostgres.freshDatabase();
        registry.add("onewindow.records.url", () -> url);
        registry.add("onewindow.records.username", () -> "postgres");
    }

    public static void properties(DynamicPropertyRegistry registry, Path dataDir) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> 0);
        registry.add("onewindow.halls.files", () -> "classpath:halls/test-hall.yml");
        onFreshRecords(registry);
        TestDevices.register(registry, "testhall");
    }

    /** The same server on a Redis the test started itself, and its embedded broker on the given port. */
    public static void onRedis(DynamicPropertyRegistry registry, Path dataDir, int redisPort, int mqttPort) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.embedded", () -> false);
        registry.add("onewindow.redis.host", () -> "127.0.0.1");
        registry.add("onewindow.redis.port", () -> redisPort);
        registry.add("onewindow.mqtt.embedded-port", () -> mqttPort);
        registry.add("onewindow.halls.files", () -> "classpath:halls/test-hall.yml");
        onFreshRecords(registry);
        TestDevices.register(registry, "testhall");
    }
}
