package org.onewindow.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.onewindow.protocol.mqtt.TopicFilter;
import org.onewindow.protocol.topic.HallTopics;

/**
 * The embedded broker's gate as a device meets it: the only way in for devices, which passes what
 * MQTT allows and the device's grants permit, and ends a connection that sends anything else
 * without troubling the next one.
 */
class BrokerGateTest {

    private static final HallTopics L = HallTopics.forHall("linxia");
    private static EmbeddedBroker broker;

    @BeforeAll
    static void start() throws IOException {
        broker = new EmbeddedBroker("127.0.0.1", 0, Files.createTempDirectory("gated-broker"),
                new BrokerAccess(HallBrokers.registry(), HallBrokers.SERVER_USER, HallBrokers.SERVER_PASSWORD, "onewindow-server"));
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void aDeviceThatGoesRoundTheGateIsRefusedByTheBrokerBehindIt() throws Exception {
        assertThatThrownBy(() -> ProbeClient.connect(broker.serverUri(), "kiosk-1", HallBrokers.token("kiosk-1")).close())
                .isInstanceOf(MqttException.class);
        try (ProbeClient throughTheGate = ProbeClient.connect(broker.uri(), "kiosk-1", HallBrokers.token("kiosk-1"))) {
            assertThat(throughTheGate.subscribe(L.serverPresence())).isTrue();
        }
        try (ProbeClient server = ProbeClient.connect(broker.serverUri(), HallBrokers.SERVER_USER, HallBrokers.SERVER_PASSWORD)) {
            assertThat(server.subscribe("hall/v1/#")).isTrue();
        }
    }

    @Test
    void aWrongTokenIsRefusedAsBadCredentialsAndAForeignWillAsNotAuthorised() throws IOException {
        try (RawMqttConnect wrong = new RawMqttConnect(broker.uri(), "kiosk-1-a", "kiosk-1", "not-its-token",
                L.devicePresence("kiosk-1"), "gone")) {
            assertThat(wrong.returnCode).isEqualTo(4);
            assertThat(wrong.closedByBroker()).isTrue();
        }
        try (RawMqttConnect foreignWill = new RawMqttConnect(broker.uri(), "kiosk-1-b", "kiosk-1", HallBrokers.token("kiosk-1"),
                L.board(), "{\"notice\":\"系统故障，请离开\"}")) {
            assertThat(foreignWill.returnCode).isEqualTo(5);
            assertThat(foreignWill.closedByBroker()).isTrue();
        }
    }

    @Test
    void aDeviceSharesASubscriptionToWhatItMayReadAndToNothingElse() throws Exception {
        try (ProbeClient server = ProbeClient.connect(broker.serverUri(), HallBrokers.SERVER_USER, HallBrokers.SERVER_PASSWORD);
             ProbeClient board = ProbeClient.connect(broker.uri(), "board-main", HallBrokers.token("board-main"))) {
            assertThat(board.subscribe(TopicFilter.shared("boards", L.board()))).isTrue();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
                server.publish(L.board(), "the board", false);
                return board.got("the board");
            });

            assertThat(board.subscribe(TopicFilter.shared("boards", L.allDeviceRequests()))).isFalse();
        }
    }

    @Test
    void whatIsNotMqttEndsItsConnectionAndTheNextDeviceIsServed() throws Exception {
        // A browser's request (not a CONNECT first); a packet length of five bytes; a packet of 4 MB,
        // more than the broker takes; a CONNECT cut short.
        for (byte[] first : new byte[][] {
                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: a-curious-browser/1.0\r\nAccept: */*\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII),
                {0x10, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01},
                {0x10, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01},
                {0x10, 0x05, 0x00, 0x03, 'M', 'Q', 'T'}}) {
            try (Socket socket = raw()) {
                socket.getOutputStream().write(first);
                assertThat(closedWithoutAnswer(socket)).as(new String(first, StandardCharsets.ISO_8859_1)).isTrue();
            }
        }
        try (ProbeClient next = ProbeClient.connect(broker.uri(), "kiosk-1", HallBrokers.token("kiosk-1"))) {
            assertThat(next.subscribe(L.serverPresence())).isTrue();
        }
    }

    @Test
    void aSecondConnectOnTheSameConnectionEndsIt() throws IOException {
        try (Socket socket = raw()) {
            byte[] connect = connect("kiosk-1-twice", "kiosk-1", HallBrokers.token("kiosk-1"));
            socket.getOutputStream().write(connect);
            InputStream in = socket.getInputStream();
            byte[] connack = in.readNBytes(4);
            assertThat(connack).containsExactly(0x20, 0x02, 0x00, 0x00);
            socket.getOutputStream().write(connect("kiosk-1-twice", "board-main", HallBrokers.token("board-main")));
            assertThat(closedWithoutAnswer(socket)).isTrue();
        }
    }

    private static Socket raw() throws IOException {
        URI uri = URI.create(broker.uri());
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(5000);
        return socket;
    }

    /** Whether the gate closed the connection having sent nothing (within the socket's timeout). */
    private static boolean closedWithoutAnswer(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    /** An MQTT 3.1.1 CONNECT with a user name and password, without a will. */
    private static byte[] connect(String clientId, String user, String password) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        string(body, "MQTT");
        body.write(4);
        body.write(0b1100_0010); // username, password, clean session
        body.write(0);
        body.write(30);
        string(body, clientId);
        string(body, user);
        string(body, password);
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        packet.write(0x10);
        packet.write(body.size()); // below 128 bytes: one length byte
        packet.writeBytes(body.toByteArray());
        return packet.toByteArray();
    }

    private static void string(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b.length >> 8);
        out.write(b.length & 0xff);
        out.write(b, 0, b.length);
    }
}
