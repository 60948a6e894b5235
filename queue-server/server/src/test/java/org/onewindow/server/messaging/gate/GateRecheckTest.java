package org.onewindow.server.messaging.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The gate judging its open connections again, in front of a stand-in broker that answers pings:
 * a client whose account the admission now refuses is disconnected, on both sides of the gate;
 * a client still admitted goes on as before.
 */
class GateRecheckTest {

    private final Set<String> admitted = ConcurrentHashMap.newKeySet();
    private final Admission admission = new Admission() {
        @Override
        public GateVerdict judge(String clientId, String username, byte[] password, String willTopic) {
            return admitted.contains(username) && "its-token".equals(new String(password, StandardCharsets.UTF_8))
                    ? GateVerdict.ADMITTED : GateVerdict.BAD_CREDENTIALS;
        }

        @Override
        public boolean mayRead(String username, String filter) {
            return true;
        }

        @Override
        public byte[] brokerPassword(String username, byte[] password) {
            return password;
        }
    };
    private final PingingBroker broker = new PingingBroker();
    private final BrokerGate gate = BrokerGate.open("127.0.0.1", 0, broker.address(), admission, 1024 * 1024);

    @AfterEach
    void close() throws IOException {
        gate.close();
        broker.close();
    }

    @Test
    void aClientNoLongerAdmittedIsDisconnectedAndTheOthersStay() throws IOException {
        admitted.addAll(List.of("kiosk-1", "board-main"));
        try (Socket kiosk = connected("kiosk-1"); Socket board = connected("board-main")) {
            await().atMost(Duration.ofSeconds(10)).until(() -> broker.sessions.size() == 2);
            assertThat(pinged(kiosk)).isTrue();

            admitted.remove("kiosk-1");
            gate.recheckAdmissions();

            assertThat(closed(kiosk)).as("the withdrawn client's connection").isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> broker.ended.size() == 1);
            assertThat(pinged(board)).as("the admitted client's connection").isTrue();
            assertThat(broker.ended).hasSize(1);
        }
    }

    private Socket connected(String username) throws IOException {
        Socket socket = new Socket("127.0.0.1", gate.port());
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(connect(username + "-client", username, "its-token"));
        return socket;
    }

    /** Whether a PINGREQ sent now is answered. */
    private static boolean pinged(Socket client) throws IOException {
        client.getOutputStream().write(new byte[] {(byte) 0xC0, 0x00});
        byte[] answer = client.getInputStream().readNBytes(2);
        return answer.length == 2 && (answer[0] & 0xFF) == 0xD0 && answer[1] == 0;
    }

    private static boolean closed(Socket client) throws IOException {
        try {
            return client.getInputStream().read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    /** An MQTT 3.1.1 CONNECT with a user name and password, shorter than 128 bytes. */
    private static byte[] connect(String clientId, String user, String password) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        string(body, "MQTT");
        body.write(4);
        body.write(0b1100_0010);
        body.write(0);
        body.write(30);
        string(body, clientId);
        string(body, user);
        string(body, password);
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        packet.write(0x10);
        packet.write(body.size());
        packet.writeBytes(body.toByteArray());
        return packet.toByteArray();
    }

    private static void string(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b.length >> 8);
        out.write(b.length & 0xff);
        out.write(b, 0, b.length);
    }

    /** Takes the gate's connections, skips each one's CONNECT and answers every PINGREQ; notes which ended. */
    private static final class PingingBroker implements AutoCloseable {

        final List<Socket> sessions = new CopyOnWriteArrayList<>();
        final List<Socket> ended = new CopyOnWriteArrayList<>();
        private final ServerSocket listening;

        PingingBroker() {
            try {
                listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            daemon(() -> {
                while (!listening.isClosed()) {
                    try {
                        Socket session = listening.accept();
                        sessions.add(session);
                        daemon(() -> serve(session));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        private static void daemon(Runnable work) {
            Thread t = new Thread(work, "pinging-broker");
            t.setDaemon(true);
            t.start();
        }

        InetSocketAddress address() {
            return new InetSocketAddress("127.0.0.1", listening.getLocalPort());
        }

        private void serve(Socket session) {
            try (session; InputStream in = session.getInputStream(); OutputStream out = session.getOutputStream()) {
                in.readNBytes(1);
                in.readNBytes(in.read()); // the CONNECT, under 128 bytes
                while (true) {
                    byte[] packet = in.readNBytes(2);
                    if (packet.length < 2) {
                        break;
                    }
                    if ((packet[0] & 0xFF) == 0xC0) {
                        out.write(new byte[] {(byte) 0xD0, 0x00});
                    }
                }
            } catch (IOException reset) {
                // Ended as well.
            }
            ended.add(session);
        }

        @Override
        public void close() throws IOException {
            listening.close();
        }
    }
}
