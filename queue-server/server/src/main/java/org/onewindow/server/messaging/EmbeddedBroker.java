package org.onewindow.server.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
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

import org.onewindow.server.messaging.gate.BrokerGate;

/**
 * An MQTT 5 broker (Moquette) inside the server, so the demo needs nothing installed. It keeps
 * retained messages in memory: after a restart the server republishes every retained topic. It
 * lets in only the server's account and registered devices, each limited to its grants
 * ({@link BrokerAccess}); anonymous clients are refused.
 *
 * <p>Devices reach it through a {@link BrokerGate} on the configured address, which checks what
 * Moquette does not (last-wills, shared subscriptions); Moquette itself listens on this machine
 * only, where the server's own connections reach it directly.
 */
final class EmbeddedBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);
    /** Moquette refuses messages over 8 KB by default; a hall's description for a terminal is ~30 KB. */
    private static final int MAX_PACKET_BYTES = 1024 * 1024;
    private static final String LOOPBACK = "127.0.0.1";

    private final Server server = new Server();
    private final BrokerGate gate;
    private final String host;
    private final int brokerPort;

    EmbeddedBroker(String host, int requestedPort, Path dataDir, BrokerAccess access) {
        this.host = host;
        this.brokerPort = freePort();
        Properties p = new Properties();
        p.setProperty(IConfig.HOST_PROPERTY_NAME, LOOPBACK);
        p.setProperty(IConfig.PORT_PROPERTY_NAME, Integer.toString(brokerPort));
        p.setProperty(IConfig.ALLOW_ANONYMOUS_PROPERTY_NAME, "false");
        p.setProperty(IConfig.PERSISTENCE_ENABLED_PROPERTY_NAME, "false");
        p.setProperty(IConfig.ENABLE_TELEMETRY_NAME, "false");
        p.setProperty(BrokerConstants.NETTY_MAX_BYTES_PROPERTY_NAME, Integer.toString(MAX_PACKET_BYTES));
        try {
            Files.createDirectories(dataDir);
            p.setProperty(IConfig.DATA_PATH_PROPERTY_NAME, dataDir.toAbsolutePath().toString());
            server.startServer(new MemoryConfig(p), List.of(new SessionLoopErrors()), null, access, access);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded MQTT broker on " + LOOPBACK + ":" + brokerPort, e);
        }
        try {
            this.gate = BrokerGate.open(host, Math.max(requestedPort, 0), new InetSocketAddress(LOOPBACK, brokerPort), access,
                    MAX_PACKET_BYTES);
        } catch (RuntimeException e) {
            server.stopServer();
            throw e;
        }
        log.info("Embedded MQTT broker listening for devices on {}:{}", host, gate.port());
    }

    /** Where devices connect: the gate. */
    String uri() {
        return "tcp://" + ("0.0.0.0".equals(host) ? LOOPBACK : host) + ":" + gate.port();
    }

    /** Where the server's own connections go: the broker itself, on this machine. */
    String serverUri() {
        return "tcp://" + LOOPBACK + ":" + brokerPort;
    }

    /**
     * Ends the open connections of devices that would be refused now (disabled, or given a new
     * token): Moquette checks a password at CONNECT only, and what a client subscribed to at
     * SUBSCRIBE only, so without this they would go on until the device reconnects.
     */
    void dropWithdrawnDevices() {
        gate.recheckAdmissions();
    }

    @Override
    public void close() {
        gate.close();
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
