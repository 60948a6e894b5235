package org.onewindow.protocol.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Properties;

import io.moquette.broker.Server;
import io.moquette.BrokerConstants;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;

/**
 * A real MQTT 5 broker (Moquette, as the server embeds) on a free port, for tests of every module:
 * it can be stopped and started again on the same port, as a hall's broker restarts (keeping
 * nothing, like a broker without persistence), and can cut a client off as a network failure
 * would. Shared through the protocol module's test jar.
 */
public final class TestBroker implements AutoCloseable {

    private final int port;
    private Server server;

    public TestBroker() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    public synchronized void start() {
        Properties p = new Properties();
        p.setProperty(IConfig.HOST_PROPERTY_NAME, "127.0.0.1");
        p.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(port));
        p.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "true");
        p.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        p.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        // Moquette refuses messages over 8 KB by default; a hall's description for a terminal is ~30 KB.
        p.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(1024 * 1024));
        try {
            p.setProperty(IConfig.DATA_PATH_PROPERTY_NAME, Files.createTempDirectory("broker").toString());
            server = new Server();
            server.startServer(new MemoryConfig(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }

    /** Drops a client's connection as a network failure would (its last-will is published). */
    public void drop(String clientId) {
        server.disconnectClient(clientId);
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        stop();
    }
}
