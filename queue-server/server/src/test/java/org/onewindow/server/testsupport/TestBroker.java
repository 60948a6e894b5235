package org.onewindow.server.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Properties;

import io.moquette.broker.Server;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;

/**
 * An MQTT 5 broker (Moquette, as the server embeds) on a free port, for tests that must cut a
 * device's connection as a network failure would, which the server's own embedded broker does not
 * let them do.
 */
public final class TestBroker implements AutoCloseable {

    private final int port = TestRedis.freePort();
    private final Server server = new Server();

    public TestBroker() {
        Properties p = new Properties();
        p.setProperty(IConfig.HOST_PROPERTY_NAME, "127.0.0.1");
        p.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(port));
        p.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        p.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        p.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        try {
            p.setProperty(IConfig.DATA_PATH_PROPERTY_NAME, Files.createTempDirectory("onewindow-test-broker").toString());
            server.startServer(new MemoryConfig(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Drops a client's connection without a DISCONNECT, so the broker publishes its last-will. */
    public void drop(String clientId) {
        server.disconnectClient(clientId);
    }

    @Override
    public void close() {
        server.stopServer();
    }
}
