package org.onewindow.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.CallAnnouncement;
import org.onewindow.protocol.message.DeviceHealth;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.message.RatingResult;
import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.protocol.message.WindowScreen;
import org.onewindow.protocol.rpc.RpcReply;

/**
 * Any payload a device or the broker hands over decodes to a record or raises
 * {@link MalformedPayloadException}, whatever its bytes; and what it decodes to encodes again and
 * reads back as the same record, so a message relayed by the server says what it said.
 */
class JsonCodecFuzzTest {

    /** Every record that arrives over MQTT from outside the reader's own process. */
    private static final List<Class<?>> INBOUND = List.of(AreaQueue.class, BoardState.class, CallAnnouncement.class,
            DeviceHealth.class, DevicePresence.class, RatingRequest.class, RatingResult.class, RatingSubmission.class,
            WindowScreen.class, RpcReply.class);

    @FuzzTest(maxDuration = "10s")
    void anyPayloadDecodesToARecordOrIsRefusedAsMalformed(FuzzedDataProvider data) {
        Class<?> type = INBOUND.get(data.consumeInt(0, INBOUND.size() - 1));
        byte[] payload = data.consumeRemainingAsBytes();
        Object value;
        try {
            value = JsonCodec.fromBytes(payload, type);
        } catch (MalformedPayloadException refused) {
            return;
        }
        assertThat(value).isInstanceOf(type);
        assertThat(JsonCodec.fromJson(JsonCodec.toJson(value), type)).isEqualTo(value);
    }
}
