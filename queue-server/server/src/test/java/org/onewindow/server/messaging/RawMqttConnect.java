package org.onewindow.server.messaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * An MQTT 3.1.1 CONNECT with a last-will written by hand, on a socket the test can cut as a
 * network failure would (no DISCONNECT, so a broker that accepted the will publishes it).
 */
final class RawMqttConnect implements AutoCloseable {

    private final Socket socket;
    /** The CONNACK return code: 0 accepted, 4 bad username or password, 5 not authorised; -1 if none came. */
    final int returnCode;

    RawMqttConnect(String brokerUri, String clientId, String user, String password, String willTopic, String willPayload)
            throws IOException {
        URI uri = URI.create(brokerUri);
        socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(5000);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        string(body, "MQTT");
        body.write(4); // protocol level 3.1.1
        body.write(0b1110_0110); // username, password, will retain, will QoS 0, will flag, clean session
        body.write(0);
        body.write(30); // keep-alive seconds
        string(body, clientId);
        string(body, willTopic);
        string(body, willPayload);
        string(body, user);
        string(body, password);
        var out = socket.getOutputStream();
        out.write(0x10);
        out.write(body.size()); // below 128 bytes: one length byte
        body.writeTo(out);
        out.flush();
        InputStream in = socket.getInputStream();
        byte[] connack = in.readNBytes(4);
        returnCode = connack.length == 4 && connack[0] == 0x20 ? connack[3] : -1;
    }

    /** Whether the broker closed the connection (within the socket's timeout). */
    boolean closedByBroker() {
        try {
            return socket.getInputStream().read() == -1;
        } catch (IOException e) {
            return true;
        }
    }

    private static void string(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b.length >> 8);
        out.write(b.length & 0xff);
        out.write(b, 0, b.length);
    }

    /** Cuts the connection without a DISCONNECT. */
    @Override
    public void close() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }
}
