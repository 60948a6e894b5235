package org.onewindow.kiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ScanDecoderTest {

    private final List<String> codes = new ArrayList<>();
    private final List<String> rejections = new ArrayList<>();
    private final ScanDecoder decoder = new ScanDecoder(64, new ScanListener() {
        @Override
        public void scanned(String code) {
            codes.add(code);
        }

        @Override
        public void rejected(String reason) {
            rejections.add(reason);
        }
    });

    private void feed(String ascii) {
        feed(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void feed(byte[] bytes) {
        decoder.accept(bytes, 0, bytes.length);
    }

    @Test
    void everyUsualSuffixEndsACode() {
        feed("CR-CODE\rLF-CODE\nCRLF-CODE\r\nNEXT\r");

        assertThat(codes).containsExactly("CR-CODE", "LF-CODE", "CRLF-CODE", "NEXT");
    }

    @Test
    void crlfSplitAcrossReadsIsOneSuffix() {
        feed("OWA1.abc\r");
        feed("\nSECOND\r");
        feed("\n");

        assertThat(codes).containsExactly("OWA1.abc", "SECOND");
    }

    @Test
    void anIdleGapEndsACodeWithoutSuffix() {
        feed("NOSUFFIX");
        assertThat(codes).isEmpty();

        decoder.endOfBurst();

        assertThat(codes).containsExactly("NOSUFFIX");
    }

    @Test
    void utf8AndGbkScannersBothGiveChinese() {
        feed("预约码\r".getBytes(StandardCharsets.UTF_8));
        feed("预约码\r".getBytes(Charset.forName("GBK")));

        assertThat(codes).containsExactly("预约码", "预约码");
    }

    @Test
    void aTooLongCodeIsDroppedWholeAndTheNextStillWorks() {
        feed("X".repeat(200) + "\rOK\r");

        assertThat(codes).containsExactly("OK");
        assertThat(rejections).singleElement().asString().contains("longer than 64");
    }

    @Test
    void controlCharactersAreNotACode() {
        feed(new byte[] {'A', 0x00, 'B', '\r'});

        assertThat(codes).isEmpty();
        assertThat(rejections).hasSize(1);
    }

    @Test
    void anyChunkingOfAStreamGivesTheSameCodes() {
        Random random = new Random(20261124);
        for (int round = 0; round < 500; round++) {
            List<String> expected = new ArrayList<>();
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                String code = "C" + round + "-" + i + "-办件".repeat(random.nextInt(3));
                expected.add(code);
                stream.writeBytes(code.getBytes(StandardCharsets.UTF_8));
                stream.writeBytes(new String[] {"\r", "\n", "\r\n"}[random.nextInt(3)].getBytes(StandardCharsets.US_ASCII));
            }
            byte[] bytes = stream.toByteArray();
            codes.clear();
            int at = 0;
            while (at < bytes.length) {
                int n = Math.min(bytes.length - at, 1 + random.nextInt(7));
                decoder.accept(bytes, at, n);
                at += n;
            }
            assertThat(codes).as("round %d", round).isEqualTo(expected);
        }
    }
}
