package org.onewindow.server.messaging.gate;

import java.util.Arrays;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;

/**
 * A client's CONNECT (MQTT 3.1, 3.1.1 or 5), read as far as the gate judges it: who logs in, with
 * which password, and the last-will the broker would publish for it. The password is the packet's
 * last field, so the gate can pass the packet on with another one and nothing else changed.
 */
final class ConnectPacket {

    private static final int USERNAME_FLAG = 0x80;
    private static final int PASSWORD_FLAG = 0x40;
    private static final int WILL_FLAG = 0x04;

    final int protocolLevel;
    final String clientId;
    /** Null without a username. */
    final String username;
    /** Null without a password. */
    final byte[] password;
    /** Null without a last-will. */
    final String willTopic;

    /** The packet after its fixed header, and where its flags and password are in it. */
    private final byte[] body;
    private final int flagsAt;
    private final int passwordAt;

    private ConnectPacket(int protocolLevel, String clientId, String username, byte[] password, String willTopic,
                          byte[] body, int flagsAt, int passwordAt) {
        this.protocolLevel = protocolLevel;
        this.clientId = clientId;
        this.username = username;
        this.password = password;
        this.willTopic = willTopic;
        this.body = body;
        this.flagsAt = flagsAt;
        this.passwordAt = passwordAt;
    }

    /** Reads a whole CONNECT packet, fixed header included; leaves the buffer as it was. */
    static ConnectPacket read(ByteBuf packet) {
        ByteBuf in = packet.duplicate();
        if (MqttWire.readUnsignedByte(in) != 0x10) {
            throw new MalformedPacketException("not a CONNECT");
        }
        int remaining = MqttWire.readVarInt(in);
        if (remaining != in.readableBytes()) {
            throw new MalformedPacketException("a CONNECT whose length is not its own");
        }
        byte[] body = new byte[remaining];
        in.getBytes(in.readerIndex(), body);
        ByteBuf b = Unpooled.wrappedBuffer(body);
        String protocol = MqttWire.readString(b);
        int level = MqttWire.readUnsignedByte(b);
        if (!(protocol.equals("MQTT") && (level == 4 || level == 5)) && !(protocol.equals("MQIsdp") && level == 3)) {
            throw new MalformedPacketException("not MQTT 3.1, 3.1.1 or 5");
        }
        int flagsAt = b.readerIndex();
        int flags = MqttWire.readUnsignedByte(b);
        MqttWire.readUnsignedShort(b); // keep-alive
        if (level == 5) {
            MqttWire.skip(b, MqttWire.readVarInt(b));
        }
        String clientId = MqttWire.readString(b);
        String willTopic = null;
        if ((flags & WILL_FLAG) != 0) {
            if (level == 5) {
                MqttWire.skip(b, MqttWire.readVarInt(b));
            }
            willTopic = MqttWire.readString(b);
            MqttWire.readBinary(b);
        }
        String username = (flags & USERNAME_FLAG) != 0 ? MqttWire.readString(b) : null;
        int passwordAt = b.readerIndex();
        byte[] password = (flags & PASSWORD_FLAG) != 0 ? MqttWire.readBinary(b) : null;
        if (b.isReadable()) {
            throw new MalformedPacketException("a CONNECT with bytes after its last field");
        }
        return new ConnectPacket(level, clientId, username, password, willTopic, body, flagsAt, passwordAt);
    }

    /** The same CONNECT with another password. */
    ByteBuf withPassword(ByteBufAllocator alloc, byte[] newPassword) {
        byte[] head = Arrays.copyOf(body, passwordAt);
        head[flagsAt] = (byte) (head[flagsAt] | PASSWORD_FLAG);
        int remaining = head.length + 2 + newPassword.length;
        ByteBuf out = alloc.buffer(5 + remaining);
        out.writeByte(0x10);
        MqttWire.writeVarInt(out, remaining);
        out.writeBytes(head);
        out.writeShort(newPassword.length);
        out.writeBytes(newPassword);
        return out;
    }

    /** The CONNACK that refuses this client, in its protocol's words. */
    ByteBuf refusal(ByteBufAllocator alloc, GateVerdict why) {
        ByteBuf out = alloc.buffer(5);
        if (protocolLevel == 5) {
            // Reason codes 0x86 bad user name or password, 0x87 not authorized; no properties.
            out.writeByte(0x20).writeByte(3).writeByte(0).writeByte(why == GateVerdict.BAD_CREDENTIALS ? 0x86 : 0x87)
                    .writeByte(0);
        } else {
            // Return codes 4 bad user name or password, 5 not authorized.
            out.writeByte(0x20).writeByte(2).writeByte(0).writeByte(why == GateVerdict.BAD_CREDENTIALS ? 4 : 5);
        }
        return out;
    }
}
