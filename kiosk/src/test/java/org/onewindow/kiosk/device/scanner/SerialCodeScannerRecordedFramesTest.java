package org.onewindow.kiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.testsupport.ReplayedLine;

/** The serial scanner driver against what scanners send (frames/scanner/), on a real pty pair at 9600 baud. */
class SerialCodeScannerRecordedFramesTest {

    @TempDir
    Path dir;

    private List<String> scan(String session, int expected) throws Exception {
        List<String> codes = new CopyOnWriteArrayList<>();
        try (ReplayedLine line = ReplayedLine.play(dir, "scanner/" + session, 9600);
             SerialCodeScanner scanner = new SerialCodeScanner(line.kioskEnd(), Duration.ofMillis(80), ScanDecoder.DEFAULT_MAX_BYTES)) {
            scanner.start(codes::add);
            line.replay().awaitPlayed();
            await().atMost(Duration.ofSeconds(5)).until(() -> codes.size() >= expected);
            assertThat(scanner.fault()).isEmpty();
        }
        return codes;
    }

    @Test
    void codesEndAtEverySuffixScannersShipWith() throws Exception {
        assertThat(scan("codes-with-each-suffix.session", 3)).containsExactly(
                "OWA1.bGlueGlhfGVzdGF0ZXwyMDI2LTEyLTAy.abc123", "A012", "https://hall.example.cn/t/linxia/Q7X2");
    }

    @Test
    void gbkTextIsReadAndACodeWithoutSuffixEndsWhenTheLineFallsIdle() throws Exception {
        assertThat(scan("gbk-and-no-suffix.session", 2)).containsExactly("临夏州政务服务中心", "B007");
    }
}
