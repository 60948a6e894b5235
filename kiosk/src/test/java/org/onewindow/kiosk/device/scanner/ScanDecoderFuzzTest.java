package org.onewindow.kiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes a scanner sends, and wherever the line falls idle, the decoder hands on only
 * codes of printable text within the cap, never throws into the scanner's read loop, and reads
 * the next good code as it was sent.
 */
class ScanDecoderFuzzTest {

    private static final int MAX_BYTES = 64;

    @FuzzTest(maxDuration = "10s")
    void anyByteStreamGivesOnlyPrintableCodesWithinTheCap(FuzzedDataProvider data) {
        List<String> codes = new ArrayList<>();
        ScanDecoder decoder = new ScanDecoder(MAX_BYTES, new ScanListener() {
            @Override
            public void scanned(String code) {
                codes.add(code);
            }

            @Override
            public void rejected(String reason) {
                assertThat(reason).isNotBlank();
            }
        });
        while (data.remainingBytes() > 0) {
            if (data.consumeBoolean()) {
                decoder.endOfBurst();
            } else {
                byte[] chunk = data.consumeBytes(data.consumeInt(1, 3 * MAX_BYTES));
                decoder.accept(chunk, 0, chunk.length);
            }
        }
        decoder.endOfBurst();
        for (String code : codes) {
            assertThat(code).isNotEmpty().hasSizeLessThanOrEqualTo(MAX_BYTES);
            assertThat(code.chars()).noneMatch(c -> c < 0x20 && c != '\t');
        }
        codes.clear();
        byte[] next = "OWA1.testhall.a1.20260302.sig\r\n".getBytes(StandardCharsets.US_ASCII);
        decoder.accept(next, 0, next.length);
        assertThat(codes).containsExactly("OWA1.testhall.a1.20260302.sig");
    }
}
