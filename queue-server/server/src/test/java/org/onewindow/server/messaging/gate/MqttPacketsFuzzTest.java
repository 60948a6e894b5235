package org.onewindow.server.messaging.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;

/**
 * Whatever bytes a client sends the gate, its packet readers give the packet or refuse it as
 * malformed, never another throw; a CONNECT passed on with another password reads back the same
 * but for it; and the splitter gives back the stream as whole packets, or refuses it.
 */
class MqttPacketsFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyBytesReadAsAConnectOrAreRefusedAsMalformed(byte[] bytes) {
        ConnectPacket connect;
        try {
            connect = ConnectPacket.read(Unpooled.wrappedBuffer(bytes));
        } catch (MalformedPacketException refused) {
            return;
        }
        byte[] password = "the-gate's-password".getBytes(StandardCharsets.US_ASCII);
        ByteBuf passedOn = connect.withPassword(ByteBufAllocator.DEFAULT, password);
        try {
            ConnectPacket again = ConnectPacket.read(passedOn);
            assertThat(again.clientId).isEqualTo(connect.clientId);
            assertThat(again.username).isEqualTo(connect.username);
            assertThat(again.willTopic).isEqualTo(connect.willTopic);
            assertThat(again.protocolLevel).isEqualTo(connect.protocolLevel);
            assertThat(again.password).containsExactly(password);
        } finally {
            passedOn.release();
        }
    }

    @FuzzTest(maxDuration = "10s")
    void anyBytesReadAsSubscribeFiltersOrAreRefusedAsMalformed(FuzzedDataProvider data) {
        int level = data.pickValue(new int[] {3, 4, 5});
        try {
            assertThat(SubscribePacket.filters(Unpooled.wrappedBuffer(data.consumeRemainingAsBytes()), level)).isNotEmpty();
        } catch (MalformedPacketException refused) {
            // what a malformed SUBSCRIBE gets
        }
    }

    @FuzzTest(maxDuration = "10s")
    void anyStreamIsCutIntoItsWholePacketsOrRefused(FuzzedDataProvider data) {
        EmbeddedChannel channel = new EmbeddedChannel(new MqttPacketSplitter(64 * 1024));
        ByteBuf passed = Unpooled.buffer();
        ByteBuf sent = Unpooled.buffer();
        try {
            while (data.remainingBytes() > 0) {
                byte[] chunk = data.consumeBytes(data.consumeInt(1, 300));
                sent.writeBytes(chunk);
                channel.writeInbound(Unpooled.wrappedBuffer(chunk));
                for (ByteBuf packet = channel.readInbound(); packet != null; packet = channel.readInbound()) {
                    passed.writeBytes(packet);
                    packet.release();
                }
            }
            // Whatever was passed on is the stream's beginning, unchanged.
            assertThat(ByteBufUtil.getBytes(passed)).isEqualTo(ByteBufUtil.getBytes(sent, sent.readerIndex(), passed.readableBytes()));
        } catch (DecoderException e) {
            assertThat(e).hasCauseInstanceOf(MalformedPacketException.class);
        } finally {
            channel.finishAndReleaseAll();
            passed.release();
            sent.release();
        }
    }
}
