package org.onewindow.kiosk.device.locker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever the lock board's line carries, the decoder hands on only frames whose check and end
 * bytes are right, never throws, and afterwards still finds a good answer.
 */
class LockerFrameDecoderFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyByteStreamYieldsOnlyCheckedFramesAndLeavesTheDecoderUsable(FuzzedDataProvider data) {
        LockerFrameDecoder decoder = new LockerFrameDecoder();
        while (data.remainingBytes() > 0) {
            byte[] chunk = data.consumeBytes(data.consumeInt(1, 128));
            for (LockerFrame frame : decoder.feed(chunk, 0, chunk.length)) {
                assertThat(frame.data().length).isLessThanOrEqualTo(32);
                assertThat(frame.address()).isBetween(0, 255);
                assertThat(frame.command()).isBetween(0, 255);
            }
        }
        decoder.reset();
        byte[] answer = new LockerFrame(1, LockerFrame.STATUS, new byte[] {3, 0, 1}).encode();
        List<LockerFrame> frames = decoder.feed(answer, 0, answer.length);
        assertThat(frames).singleElement().satisfies(f -> assertThat(f.data()).containsExactly(3, 0, 1));
    }
}
