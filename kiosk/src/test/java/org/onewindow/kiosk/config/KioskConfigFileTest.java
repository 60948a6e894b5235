package org.onewindow.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskConfigFileTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path f = dir.resolve("kiosk.properties");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void theDefaultsAreTheDemoHallWithSimulatedDevices() throws Exception {
        KioskConfig c = KioskConfigFile.load(null);

        assertThat(c.hallId()).isEqualTo("linxia");
        assertThat(c.reader().kind()).isEqualTo(DeviceSetting.Kind.SIMULATED);
        assertThat(c.idle()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.trackingBaseUrl()).isEqualTo("http://127.0.0.1:8080/api/halls");
    }

    @Test
    void serialPortsWithAndWithoutBaudRate() throws Exception {
        KioskConfig c = KioskConfigFile.load(file("""
                device.reader=serial:/dev/ttyUSB0@115200
                device.scanner=serial:/dev/ttyACM0
                device.printer=serial:COM3@19200
                """));

        assertThat(c.reader()).isEqualTo(new DeviceSetting(DeviceSetting.Kind.SERIAL, "/dev/ttyUSB0", 115200));
        assertThat(c.scanner()).isEqualTo(new DeviceSetting(DeviceSetting.Kind.SERIAL, "/dev/ttyACM0", 9600));
        assertThat(c.printer()).isEqualTo(new DeviceSetting(DeviceSetting.Kind.SERIAL, "COM3", 19200));
    }

    @Test
    void aTerminalWithARealLockerBoard() throws Exception {
        KioskConfig c = KioskConfigFile.load(file("""
                kiosk.mode=terminal
                device.locker=serial:/dev/ttyUSB2
                locker.address=3
                """));

        assertThat(c.mode()).isEqualTo(KioskMode.TERMINAL);
        assertThat(c.locker()).isEqualTo(new DeviceSetting(DeviceSetting.Kind.SERIAL, "/dev/ttyUSB2", 9600));
        assertThat(c.lockerAddress()).isEqualTo(3);
        assertThat(KioskConfigFile.load(null).mode()).isEqualTo(KioskMode.AUTO);
        assertThat(KioskConfigFile.load(file("device.locker=none\n")).locker().kind()).isEqualTo(DeviceSetting.Kind.NONE);
    }

    @Test
    void mistakesNameTheirKey() throws Exception {
        assertThatThrownBy(() -> KioskConfigFile.load(file("kiosk.mode=night\n")))
                .hasMessage("kiosk.mode: must be auto, terminal or queue, was \"night\"");
        assertThatThrownBy(() -> KioskConfigFile.load(file("device.printer=none\n")))
                .hasMessage("device.printer: only the locker can be none");
        assertThatThrownBy(() -> KioskConfigFile.load(file("locker.address=300\n")))
                .hasMessage("locker.address: must be 1 to 254, was 300");
        assertThatThrownBy(() -> KioskConfigFile.load(file("device.printer=usb\n")))
                .hasMessageStartingWith("device.printer: must be simulated, serial:<port>[@baud]");
        assertThatThrownBy(() -> KioskConfigFile.load(file("device.reader=keyboard\n")))
                .hasMessage("device.reader: only a scanner can be a keyboard");
        assertThatThrownBy(() -> KioskConfigFile.load(file("idle.seconds=soon\n")))
                .hasMessageContaining("idle.seconds: must be a whole number");
        assertThatThrownBy(() -> KioskConfigFile.load(file("printer.paper-mm=76\n")))
                .hasMessage("printer.paper-mm: must be 80 or 58, was 76");
        assertThatThrownBy(() -> KioskConfigFile.load(file("hall.id=\n"))).hasMessage("hall.id: is required");
    }
}
