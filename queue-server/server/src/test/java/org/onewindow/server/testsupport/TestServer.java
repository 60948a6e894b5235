package org.onewindow.server.testsupport;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Settings of a whole server under test: embedded Redis and broker on free ports, the test hall. */
public final class TestServer {

    private TestServer() {
    }

    public static void properties(DynamicPropertyRegistry registry, Path dataDir) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> 0);
        registry.add("onewindow.halls.files", () -> "classpath:halls/test-hall.yml");
    }
}
