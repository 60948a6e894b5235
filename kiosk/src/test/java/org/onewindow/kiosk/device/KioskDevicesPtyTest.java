package org.onewindow.kiosk.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.kiosk.config.KioskConfigFile;
import org.onewindow.kiosk.device.idcard.SamReaderTwin;
import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.device.printer.EscPosRenderer;
import org.onewindow.kiosk.device.printer.PrintedTicket;
import org.onewindow.kiosk.device.printer.PrinterTwin;
import org.onewindow.kiosk.device.serial.JSerialCommLink;
import org.onewindow.kiosk.device.serial.SerialLink;
import org.onewindow.kiosk.device.serial.SerialSettings;
import org.onewindow.kiosk.testsupport.PtyPair;

/**
 * A kiosk configuration file naming serial ports drives a reader, a scanner and a printer on
 * those ports: three pty pairs with the devices' twins on the far ends.
 */
class KioskDevicesPtyTest {

    @Test
    void aConfigurationWithSerialPortsDrivesAllThreeDevices(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("r"));
        Files.createDirectories(dir.resolve("s"));
        Files.createDirectories(dir.resolve("p"));
        try (PtyPair reader = PtyPair.open(dir.resolve("r"));
             PtyPair scanner = PtyPair.open(dir.resolve("s"));
             PtyPair printer = PtyPair.open(dir.resolve("p"))) {
            Path file = dir.resolve("kiosk.properties");
            Files.writeString(file, "device.reader=serial:" + reader.hostEnd() + "@115200\n"
                    + "device.scanner=serial:" + scanner.hostEnd() + "@9600\n"
                    + "device.printer=serial:" + printer.hostEnd() + "@9600\n", StandardCharsets.UTF_8);
            KioskConfig config = KioskConfigFile.load(file);
            List<String> codes = new CopyOnWriteArrayList<>();
            try (KioskDevices devices = KioskDevices.open(config);
                 SamReaderTwin card = new SamReaderTwin(open(reader.deviceEnd(), 115200));
                 SerialLink scannerDevice = open(scanner.deviceEnd(), 9600);
                 PrinterTwin paper = new PrinterTwin(open(printer.deviceEnd(), 9600))) {
                card.present(SampleCards.FOREIGNER);
                assertThat(devices.reader().read()).map(c -> c.number()).contains("USA150985040210");

                devices.scanner().start(codes::add);
                scannerDevice.write("OWA1.linxia.X.20261124.sig\r".getBytes(StandardCharsets.US_ASCII));
                await().atMost(Duration.ofSeconds(5)).until(() -> codes.contains("OWA1.linxia.X.20261124.sig"));

                devices.printer().print(new PrintedTicket("临夏州政府政务服务中心", "C007", "公安服务", "8、9号窗口", 2, 10L, "",
                        "", "", List.of(), LocalDateTime.of(2026, 11, 24, 9, 0), "http://h/t/linxia/ABC", "请留意叫号"));
                await().atMost(Duration.ofSeconds(15)).until(() -> {
                    byte[] printed = paper.printed();
                    return printed.length > 4 && printed[printed.length - 4] == 0x1D;
                });
                assertThat(EscPosRenderer.read(paper.printed()).textLines()).contains("C007", "公安服务");
            }
        }
    }

    private static SerialLink open(Path path, int baud) throws Exception {
        return JSerialCommLink.open(new SerialSettings(path.toString(), baud));
    }
}
