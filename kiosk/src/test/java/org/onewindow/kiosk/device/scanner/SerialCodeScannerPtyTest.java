package org.onewindow.kiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.device.serial.JSerialCommLink;
import org.onewindow.kiosk.device.serial.SerialLink;
import org.onewindow.kiosk.device.serial.SerialSettings;
import org.onewindow.kiosk.testsupport.PtyPair;

/** The serial scanner driver on a real pty pair, the test playing the scanner at 9600 baud. */
class SerialCodeScannerPtyTest {

    @Test
    void readsCodesWithEverySuffixAndWithNone(@TempDir Path dir) throws Exception {
        List<String> codes = new CopyOnWriteArrayList<>();
        try (PtyPair pty = PtyPair.open(dir);
             SerialLink device = JSerialCommLink.open(new SerialSettings(pty.deviceEnd().toString(), 9600));
             SerialCodeScanner scanner = new SerialCodeScanner(
                     JSerialCommLink.open(new SerialSettings(pty.hostEnd().toString(), 9600)), Duration.ofMillis(80), 2048)) {
            scanner.start(codes::add);

            device.write("OWA1.linxia.A1B2\r\n".getBytes(StandardCharsets.US_ASCII));
            device.write("预约码".getBytes(Charset.forName("GBK")));
            device.write("\r".getBytes(StandardCharsets.US_ASCII));
            device.write("no-suffix-code".getBytes(StandardCharsets.US_ASCII));

            await().atMost(Duration.ofSeconds(5)).until(() -> codes.size() == 3);
            assertThat(codes).containsExactly("OWA1.linxia.A1B2", "预约码", "no-suffix-code");
            assertThat(scanner.fault()).isEmpty();
        }
    }
}
