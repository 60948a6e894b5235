package org.onewindow.server.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.moquette.broker.Server;
import io.moquette.BrokerConstants;
import io.moquette.broker.config.IConfig;
import io.moquette.broker.config.MemoryConfig;

/**
 * An MQTT 5 broker (Moquette) inside the server, so the demo needs nothing installed. It keeps
 * retained messages in memory: after a restart the server republishes every retained topic. It
 * lets in only the server's account and registered devices, each limited to its grants
 * ({@link BrokerAccess}); anonymous clients are refused.
 */
final class EmbeddedBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

    private final Server server = new Server();
    private final String host;
    private final int port;

    EmbeddedBroker(String host, int requestedPort, Path dataDir, BrokerAccess access) {
        this.host = host;
        this.port = requestedPort > 0 ? requestedPort : freePort();
        Properties p = new Properties();
        p.setProperty(IConfig.HOST_PROPERTY_NAME, host);
        p.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(port));
        p.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "false");
        p.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        p.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        // Moquette refuses messages over 8 KB by default; a hall's description for a terminal is ~30 KB.
        p.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(1024 * 1024));
        try {
            Files.createDirectories(dataDir);
            p.setProperty(IConfig.DATA_PATH_PROPERTY_NAME, dataDir.toAbsolutePath().toString());
            server.startServer(new MemoryConfig(p), List.of(new ForbiddenWills(access)), null, access, access);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded MQTT broker on " + host + ":" + port, e);
        }
        log.info("Embedded MQTT broker listening on {}:{}", host, port);
    }

    String uri() {
        return "tcp://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + port;
    }

    @Override
    public void close() {
        server.stopServer();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
