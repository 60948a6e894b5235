package org.onewindow.server.messaging.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

/** A CONNECT as the gate reads it and passes it on, from the packets the fuzz targets start with. */
class ConnectPacketTest {

    private static final String SEEDS = "MqttPacketsFuzzTestInputs/anyBytesReadAsAConnectOrAreRefusedAsMalformed/";

    private static byte[] seed(String name) throws IOException {
        try (InputStream in = ConnectPacketTest.class.getResourceAsStream(SEEDS + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void anMqtt5ConnectWithAWillIsReadAndPassedOnWithAnotherPasswordAndNothingElseChanged() throws IOException {
        byte[] original = seed("mqtt5-connect-with-will");
        ConnectPacket connect = ConnectPacket.read(Unpooled.wrappedBuffer(original));

        assertThat(connect.protocolLevel).isEqualTo(5);
        assertThat(connect.clientId).isEqualTo("kiosk-1-4f2a");
        assertThat(connect.username).isEqualTo("kiosk-1");
        assertThat(new String(connect.password, StandardCharsets.UTF_8)).isEqualTo("demo-kiosk-token");
        assertThat(connect.willTopic).isEqualTo("hall/v1/linxia/devices/kiosk-1/presence");

        ByteBuf passedOn = connect.withPassword(ByteBufAllocator.DEFAULT, "0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = ByteBufUtil.getBytes(passedOn);
        passedOn.release();
        int passwordField = original.length - 2 - "demo-kiosk-token".length();
        // Same fixed header type, same everything up to the password, then the new one (same length here).
        assertThat(Arrays.copyOfRange(bytes, 0, passwordField)).isEqualTo(Arrays.copyOfRange(original, 0, passwordField));
        assertThat(new String(bytes, passwordField + 2, 16, StandardCharsets.US_ASCII)).isEqualTo("0123456789abcdef");
    }

    @Test
    void aConnectWithoutAPasswordGetsOneAndItsFlag() throws IOException {
        byte[] original = seed("mqtt311-connect");
        ConnectPacket connect = ConnectPacket.read(Unpooled.wrappedBuffer(original));
        assertThat(connect.willTopic).isNull();

        ByteBuf withLongerPassword = connect.withPassword(ByteBufAllocator.DEFAULT, "x".repeat(200).getBytes(StandardCharsets.US_ASCII));
        ConnectPacket again = ConnectPacket.read(withLongerPassword);
        withLongerPassword.release();

        assertThat(again.username).isEqualTo("board-main");
        assertThat(again.password).hasSize(200);
    }

    @Test
    void theRefusalSpeaksTheClientsProtocol() throws IOException {
        ConnectPacket v5 = ConnectPacket.read(Unpooled.wrappedBuffer(seed("mqtt5-connect-with-will")));
        ConnectPacket v311 = ConnectPacket.read(Unpooled.wrappedBuffer(seed("mqtt311-connect")));

        assertThat(bytes(v5.refusal(ByteBufAllocator.DEFAULT, GateVerdict.NOT_AUTHORIZED))).containsExactly(0x20, 3, 0, 0x87, 0);
        assertThat(bytes(v5.refusal(ByteBufAllocator.DEFAULT, GateVerdict.BAD_CREDENTIALS))).containsExactly(0x20, 3, 0, 0x86, 0);
        assertThat(bytes(v311.refusal(ByteBufAllocator.DEFAULT, GateVerdict.NOT_AUTHORIZED))).containsExactly(0x20, 2, 0, 5);
        assertThat(bytes(v311.refusal(ByteBufAllocator.DEFAULT, GateVerdict.BAD_CREDENTIALS))).containsExactly(0x20, 2, 0, 4);
    }

    @Test
    void bytesAfterTheLastFieldAreMalformed() throws IOException {
        byte[] original = seed("mqtt311-connect");
        byte[] longer = Arrays.copyOf(original, original.length + 1);
        longer[1]++; // the length covers the extra byte

        assertThatThrownBy(() -> ConnectPacket.read(Unpooled.wrappedBuffer(longer))).isInstanceOf(MalformedPacketException.class);
    }

    private static byte[] bytes(ByteBuf b) {
        byte[] out = ByteBufUtil.getBytes(b);
        b.release();
        return out;
    }
}
