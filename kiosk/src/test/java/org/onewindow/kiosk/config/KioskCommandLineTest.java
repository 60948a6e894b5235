package org.onewindow.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's command line: a properties file and single settings after it, as the displays take them. */
class KioskCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void settingsAfterTheFileOverrideItAndTheRestOfTheFileHolds() throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, "kiosk.id=kiosk-7\nserver.url=http://10.0.0.2:8080\n", StandardCharsets.UTF_8);

        KioskConfig c = KioskConfigFile.fromCommandLine(List.of(file.toString(), "server.url=http://127.0.0.1:18080",
                "kiosk.mode=queue"));

        assertThat(c.deviceId()).isEqualTo("kiosk-7");
        assertThat(c.serverUrl()).isEqualTo("http://127.0.0.1:18080");
        assertThat(c.trackingBaseUrl()).isEqualTo("http://127.0.0.1:18080/api/halls");
        assertThat(c.mode()).isEqualTo(KioskMode.QUEUE);
    }

    @Test
    void settingsAloneOverrideTheDefaultsAndAnEmptyFileArgumentIsNone() throws Exception {
        KioskConfig c = KioskConfigFile.fromCommandLine(List.of("", "mqtt.url=tcp://127.0.0.1:11884"));

        assertThat(c.mqttUrl()).isEqualTo("tcp://127.0.0.1:11884");
        assertThat(c.serverUrl()).isEqualTo(KioskConfigFile.fromCommandLine(List.of()).serverUrl());
    }

    @Test
    void anUnknownSettingIsRefusedByName() {
        assertThatThrownBy(() -> KioskConfigFile.fromCommandLine(List.of("server.ulr=http://127.0.0.1:18080")))
                .hasMessage("server.ulr: unknown setting; kiosk.properties lists them all");
    }
}
