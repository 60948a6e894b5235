package org.onewindow.protocol.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of a broker that can go silent: after {@link #stall()} the connections open
 * then still carry the client's bytes to the broker, but nothing comes back (no acknowledgement,
 * no ping response), as with a broker whose session loop died while its socket stayed open.
 * Connections made after that pass as usual.
 */
final class StallingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int brokerPort;
    private final List<Link> links = new CopyOnWriteArrayList<>();

    /** One client connection and its connection to the broker. */
    private static final class Link {
        final Socket client;
        final Socket broker;
        volatile boolean silent;

        Link(Socket client, Socket broker) {
            this.client = client;
            this.broker = broker;
        }

        void close() {
            closeQuietly(client);
            closeQuietly(broker);
        }
    }

    StallingProxy(String brokerUri) {
        this.brokerPort = URI.create(brokerUri).getPort();
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accepting = new Thread(this::accept, "stalling-proxy");
        accepting.setDaemon(true);
        accepting.start();
    }

    String uri() {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    /** From now on the broker's answers on the connections open now are dropped. */
    void stall() {
        links.forEach(l -> l.silent = true);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Link link = new Link(client, new Socket(InetAddress.getLoopbackAddress(), brokerPort));
                links.add(link);
                pump(link, link.client, link.broker, false);
                pump(link, link.broker, link.client, true);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(Link link, Socket from, Socket to, boolean fromBroker) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (!(fromBroker && link.silent)) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException closed) {
                // One side went away: so does the other.
            } finally {
                link.close();
            }
        }, "stalling-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
    }

    @Override
    public void close() {
        closeQuietly(server);
        links.forEach(Link::close);
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
    }
}
