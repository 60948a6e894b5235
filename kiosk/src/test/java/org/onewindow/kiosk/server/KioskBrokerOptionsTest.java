package org.onewindow.kiosk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.kiosk.config.KioskConfigFile;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.mqtt.TrustStore;

/** A kiosk and a terminal log in to the broker as themselves, with the demo's credentials out of the box. */
class KioskBrokerOptionsTest {

    private static final Path DEMO_TERMINAL = Path.of("..", "demo", "terminal-1.properties");

    @TempDir
    Path dir;

    private static MqttOptions options(KioskConfig config) {
        return KioskBrokerOptions.of(config, DeviceHealthReporter.KIOSK, Clock.systemUTC());
    }

    @Test
    void theKioskLogsInWithItsIdAndToken() throws Exception {
        MqttOptions kiosk = options(KioskConfigFile.fromCommandLine(List.of()));
        MqttOptions terminal = options(KioskConfigFile.fromCommandLine(List.of(DEMO_TERMINAL.toString())));
        MqttOptions another = options(KioskConfigFile.fromCommandLine(List.of("kiosk.id=kiosk-7", "kiosk.token=kiosk-7-secret")));

        assertThat(kiosk.username()).isEqualTo("kiosk-1");
        assertThat(kiosk.password()).isEqualTo("demo-kiosk-token");
        assertThat(terminal.username()).isEqualTo("terminal-1");
        assertThat(terminal.password()).isEqualTo("demo-terminal-token");
        assertThat(another.username()).isEqualTo("kiosk-7");
        assertThat(another.password()).isEqualTo("kiosk-7-secret");
        assertThat(kiosk.clientId()).startsWith("kiosk-1-");
        assertThat(kiosk.will().topic()).isEqualTo("hall/v1/linxia/devices/kiosk-1/presence");
        assertThat(kiosk.trustStore()).as("no CA file set").isNull();
    }

    @Test
    void aCaFileIsTrustedForTheBroker() throws Exception {
        Path ca = Files.writeString(dir.resolve("hall-ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        Path store = Files.writeString(dir.resolve("trust.p12"), "");

        MqttOptions pem = options(KioskConfigFile.fromCommandLine(List.of("mqtt.url=ssl://broker.hall:8883",
                "mqtt.ca-file=" + ca)));
        MqttOptions pkcs12 = options(KioskConfigFile.fromCommandLine(List.of("mqtt.ca-file=" + store,
                "mqtt.ca-file-password=store-secret")));

        assertThat(pem.serverUri()).isEqualTo("ssl://broker.hall:8883");
        assertThat(pem.trustStore()).isEqualTo(TrustStore.of(ca));
        assertThat(pkcs12.trustStore()).isEqualTo(new TrustStore(store, "store-secret"));
        assertThatThrownBy(() -> KioskConfigFile.fromCommandLine(List.of("mqtt.ca-file=" + dir.resolve("missing.pem"))))
                .hasMessageStartingWith("mqtt.ca-file: cannot read");
    }

    @Test
    void neitherTheOptionsNorTheConfigurationShowTheToken() throws Exception {
        KioskConfig config = KioskConfigFile.fromCommandLine(List.of("kiosk.token=never-shown-token"));

        assertThat(config.toString()).contains("kiosk-1").doesNotContain("never-shown-token");
        assertThat(options(config).toString()).contains("kiosk-1").doesNotContain("never-shown-token");
    }
}
