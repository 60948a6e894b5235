package org.onewindow.server.messaging.gate;

import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.ByteBuf;

/** The topic filters of a client's SUBSCRIBE, as the gate needs them. */
final class SubscribePacket {

    private static final String SHARED = "$share/";

    private SubscribePacket() {
    }

    /** Reads the filters of a whole SUBSCRIBE packet; leaves the buffer as it was. */
    static List<String> filters(ByteBuf packet, int protocolLevel) {
        ByteBuf in = packet.duplicate();
        if (MqttWire.readUnsignedByte(in) != 0x82) {
            throw new MalformedPacketException("a SUBSCRIBE with wrong flags");
        }
        int remaining = MqttWire.readVarInt(in);
        if (remaining != in.readableBytes()) {
            throw new MalformedPacketException("a SUBSCRIBE whose length is not its own");
        }
        MqttWire.readUnsignedShort(in); // packet identifier
        if (protocolLevel == 5) {
            MqttWire.skip(in, MqttWire.readVarInt(in));
        }
        List<String> filters = new ArrayList<>();
        while (in.isReadable()) {
            filters.add(MqttWire.readString(in));
            MqttWire.readUnsignedByte(in); // subscription options
        }
        if (filters.isEmpty()) {
            throw new MalformedPacketException("a SUBSCRIBE without a topic filter");
        }
        return filters;
    }

    static boolean isShared(String filter) {
        return filter.startsWith(SHARED);
    }

    /** The filter a shared subscription {@code $share/group/filter} receives; null when it names none. */
    static String sharedFilter(String filter) {
        int slash = filter.indexOf('/', SHARED.length());
        return slash <= SHARED.length() || slash == filter.length() - 1 ? null : filter.substring(slash + 1);
    }
}
