package org.onewindow.server.messaging.gate;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;

/** The few MQTT encodings the gate reads: variable byte integers, strings and binary data. */
final class MqttWire {

    static final int CONNECT = 1;
    static final int SUBSCRIBE = 8;
    static final int AUTH = 15;

    private MqttWire() {
    }

    /** The packet type of a whole packet: the high nibble of its first byte. */
    static int typeOf(ByteBuf packet) {
        return packet.getUnsignedByte(packet.readerIndex()) >> 4;
    }

    /** A variable byte integer of at most four bytes (MQTT 5 section 1.5.5, 3.1.1 section 2.2.3). */
    static int readVarInt(ByteBuf in) {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int b = readUnsignedByte(in);
            value |= (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new MalformedPacketException("a variable byte integer longer than four bytes");
    }

    static void writeVarInt(ByteBuf out, int value) {
        do {
            int b = value & 0x7F;
            value >>>= 7;
            out.writeByte(value > 0 ? b | 0x80 : b);
        } while (value > 0);
    }

    static String readString(ByteBuf in) {
        return new String(readBinary(in), StandardCharsets.UTF_8);
    }

    static byte[] readBinary(ByteBuf in) {
        int length = readUnsignedShort(in);
        if (in.readableBytes() < length) {
            throw new MalformedPacketException("a field longer than its packet");
        }
        byte[] bytes = new byte[length];
        in.readBytes(bytes);
        return bytes;
    }

    static void skip(ByteBuf in, int length) {
        if (length < 0 || in.readableBytes() < length) {
            throw new MalformedPacketException("properties longer than their packet");
        }
        in.skipBytes(length);
    }

    static int readUnsignedByte(ByteBuf in) {
        if (!in.isReadable()) {
            throw new MalformedPacketException("a packet shorter than its fields");
        }
        return in.readUnsignedByte();
    }

    static int readUnsignedShort(ByteBuf in) {
        if (in.readableBytes() < 2) {
            throw new MalformedPacketException("a packet shorter than its fields");
        }
        return in.readUnsignedShort();
    }
}
