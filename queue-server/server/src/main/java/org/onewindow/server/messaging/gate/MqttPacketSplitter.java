package org.onewindow.server.messaging.gate;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * Cuts a client's byte stream into whole MQTT packets, each passed on as the bytes it came in,
 * and refuses one longer than the broker takes before it is read into memory.
 */
final class MqttPacketSplitter extends ByteToMessageDecoder {

    private final int maxPacketBytes;

    MqttPacketSplitter(int maxPacketBytes) {
        this.maxPacketBytes = maxPacketBytes;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (true) {
            int start = in.readerIndex();
            int remaining = 0;
            int lengthBytes = 0;
            while (true) {
                if (start + 1 + lengthBytes >= in.writerIndex()) {
                    return; // the length is still on its way
                }
                int b = in.getUnsignedByte(start + 1 + lengthBytes);
                remaining |= (b & 0x7F) << (7 * lengthBytes);
                lengthBytes++;
                if ((b & 0x80) == 0) {
                    break;
                }
                if (lengthBytes == 4) {
                    throw refuse(in, "a packet length longer than four bytes");
                }
            }
            if (remaining > maxPacketBytes) {
                throw refuse(in, "a packet of " + remaining + " bytes, more than " + maxPacketBytes);
            }
            int whole = 1 + lengthBytes + remaining;
            if (in.readableBytes() < whole) {
                return;
            }
            out.add(in.readRetainedSlice(whole));
        }
    }

    /**
     * Drops what is left of a stream that cannot be MQTT: nothing of it is read again, not even by
     * the last decoding when the connection closes.
     */
    private static MalformedPacketException refuse(ByteBuf in, String why) {
        in.skipBytes(in.readableBytes());
        return new MalformedPacketException(why);
    }
}
