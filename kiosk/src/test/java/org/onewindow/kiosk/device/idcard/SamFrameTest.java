package org.onewindow.kiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Frames against the bytes documented for real readers, and the decoder against hostile streams. */
class SamFrameTest {

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    @Test
    void requestsMatchTheDocumentedBytes() {
        assertThat(SamFrame.SAM_STATUS).isEqualTo(hex("AA AA AA 96 69 00 03 11 FF ED"));
        assertThat(SamFrame.request(0x12, 0xFF)).isEqualTo(hex("AA AA AA 96 69 00 03 12 FF EE"));
        assertThat(SamFrame.FIND_CARD).isEqualTo(hex("AA AA AA 96 69 00 03 20 01 22"));
        assertThat(SamFrame.SELECT_CARD).isEqualTo(hex("AA AA AA 96 69 00 03 20 02 21"));
        assertThat(SamFrame.READ_TEXT_AND_PHOTO).isEqualTo(hex("AA AA AA 96 69 00 03 30 01 32"));
        assertThat(SamFrame.request(0x30, 0x03)).isEqualTo(hex("AA AA AA 96 69 00 03 30 03 30"));
    }

    @Test
    void documentedResponsesDecode() {
        SamFrameDecoder decoder = new SamFrameDecoder();
        byte[] stream = hex("AA AA AA 96 69 00 04 00 00 90 94"
                + "AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97"
                + "AA AA AA 96 69 00 04 00 00 80 84");

        List<SamResponse> responses = decoder.feed(stream, 0, stream.length);

        assertThat(responses).extracting(SamResponse::status)
                .containsExactly(SamStatus.OK, SamStatus.CARD_FOUND, SamStatus.NO_CARD);
        assertThat(responses.get(1).data()).hasSize(4);
        assertThat(SamFrame.response(0x90)).isEqualTo(hex("AA AA AA 96 69 00 04 00 00 90 94"));
    }

    @Test
    void aFrameSplitByteByByteStillDecodes() {
        SamFrameDecoder decoder = new SamFrameDecoder();
        byte[] frame = SamFrame.response(0x9F, new byte[4]);
        List<SamResponse> got = new ArrayList<>();
        for (int i = 0; i < frame.length; i++) {
            got.addAll(decoder.feed(frame, i, 1));
        }
        assertThat(got).singleElement().extracting(SamResponse::status).isEqualTo(SamStatus.CARD_FOUND);
    }

    @Test
    void aCorruptChecksumIsDroppedAndTheNextFrameStillDecodes() {
        SamFrameDecoder decoder = new SamFrameDecoder();
        byte[] bad = SamFrame.response(0x90);
        bad[bad.length - 1] ^= 0x01;
        byte[] good = SamFrame.response(0x80);

        List<SamResponse> got = new ArrayList<>(decoder.feed(bad, 0, bad.length));
        got.addAll(decoder.feed(good, 0, good.length));

        assertThat(got).extracting(SamResponse::status).containsExactly(SamStatus.NO_CARD);
        assertThat(decoder.drainProblems()).anyMatch(p -> p.contains("checksum"));
    }

    @Test
    void anImpossibleLengthDoesNotMakeTheDecoderWaitForever() {
        SamFrameDecoder decoder = new SamFrameDecoder();
        byte[] oversized = hex("AA AA AA 96 69 FF FF 00 00 90");
        byte[] good = SamFrame.response(0x90);

        decoder.feed(oversized, 0, oversized.length);
        List<SamResponse> got = decoder.feed(good, 0, good.length);

        assertThat(got).extracting(SamResponse::status).containsExactly(SamStatus.OK);
        assertThat(decoder.drainProblems()).anyMatch(p -> p.contains("impossible frame length"));
    }

    @Test
    void validFramesInRandomNoiseAndRandomChunksAllComeThroughInOrder() {
        Random random = new Random(115200);
        for (int round = 0; round < 300; round++) {
            SamFrameDecoder decoder = new SamFrameDecoder();
            List<Integer> sent = new ArrayList<>();
            java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < 1 + random.nextInt(5); i++) {
                byte[] noise = new byte[random.nextInt(20)];
                random.nextBytes(noise);
                for (int j = 0; j < noise.length; j++) {
                    // Noise never carries 0xAA, so it cannot hide a real preamble's start.
                    noise[j] = noise[j] == (byte) 0xAA ? 0x00 : noise[j];
                }
                stream.writeBytes(noise);
                int sw3 = new int[] {0x90, 0x9F, 0x80, 0x41}[random.nextInt(4)];
                byte[] data = new byte[random.nextInt(300)];
                random.nextBytes(data);
                stream.writeBytes(SamFrame.response(sw3, data));
                sent.add(sw3);
            }
            byte[] bytes = stream.toByteArray();
            List<Integer> got = new ArrayList<>();
            int at = 0;
            while (at < bytes.length) {
                int n = Math.min(bytes.length - at, 1 + random.nextInt(64));
                decoder.feed(bytes, at, n).forEach(r -> got.add(r.sw3()));
                at += n;
            }
            assertThat(got).as("round %d", round).isEqualTo(sent);
        }
    }
}
