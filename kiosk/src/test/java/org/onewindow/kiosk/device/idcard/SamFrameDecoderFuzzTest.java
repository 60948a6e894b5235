package org.onewindow.kiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever the reader's line carries, in whatever chunks, the decoder only ever hands on whole
 * frames of a possible length, never throws, and afterwards still finds a good answer.
 */
class SamFrameDecoderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyByteStreamYieldsOnlyPossibleFramesAndLeavesTheDecoderUsable(FuzzedDataProvider data) {
        SamFrameDecoder decoder = new SamFrameDecoder();
        while (data.remainingBytes() > 0) {
            byte[] chunk = data.consumeBytes(data.consumeInt(1, 2 * SamFrameDecoder.MAX_LEN));
            for (byte[] body : decoder.feedBodies(chunk, 0, chunk.length)) {
                assertThat(body.length).isBetween(2, SamFrameDecoder.MAX_LEN - 1);
            }
            decoder.drainProblems();
        }
        // A timeout resets the decoder: the next answer must come through whatever came before.
        decoder.reset();
        byte[] answer = SamFrame.response(0x90, (byte) 7);
        List<SamResponse> responses = decoder.feed(answer, 0, answer.length);
        assertThat(responses).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(SamStatus.OK);
            assertThat(r.data()).containsExactly(7);
        });
    }
}
