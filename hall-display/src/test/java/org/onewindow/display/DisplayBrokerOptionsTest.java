package org.onewindow.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.mqtt.TrustStore;

/**
 * Every screen logs in to the broker as itself, its id as user name and its token as password;
 * the demo's board, window screen and evaluator carry their demo credentials as demo.sh starts them.
 */
class DisplayBrokerOptionsTest {

    @TempDir
    Path dir;

    private static MqttOptions options(String... args) throws Exception {
        return DisplayBrokerOptions.of(DisplayConfig.load(List.of(args)), Clock.systemUTC());
    }

    @Test
    void theDemosScreensLogInAsThemselves() throws Exception {
        MqttOptions board = options();
        MqttOptions window = options("../demo/window-5.properties", "mqtt.url=tcp://127.0.0.1:11884");
        MqttOptions evaluator = options("../demo/evaluator-5.properties");

        assertThat(board.username()).isEqualTo("board-main");
        assertThat(board.password()).isEqualTo("demo-board-token");
        assertThat(window.username()).isEqualTo("window-5");
        assertThat(window.password()).isEqualTo("demo-window-5-token");
        assertThat(window.will().topic()).isEqualTo("hall/v1/linxia/devices/window-5/presence");
        assertThat(evaluator.username()).isEqualTo("evaluator-5");
        assertThat(evaluator.password()).isEqualTo("demo-evaluator-5-token");
        assertThat(DisplayConfig.load(List.of("../demo/evaluator-5.properties")).deviceKind()).isEqualTo("EVALUATOR");
    }

    @Test
    void theUserNameIsTheScreensIdUnlessOneIsGiven() throws Exception {
        MqttOptions byId = options("display.id=board-east", "mqtt.password=east-token");
        MqttOptions named = options("display.id=board-east", "mqtt.username=hall-board-east", "mqtt.password=east-token");

        assertThat(byId.username()).isEqualTo("board-east");
        assertThat(byId.password()).isEqualTo("east-token");
        assertThat(named.username()).isEqualTo("hall-board-east");
    }

    @Test
    void aCaFileIsTrustedForTheBroker() throws Exception {
        Path ca = Files.writeString(dir.resolve("hall-ca.pem"), "-----BEGIN CERTIFICATE-----\n");

        MqttOptions tls = options("mqtt.url=ssl://broker.hall:8883", "mqtt.ca-file=" + ca);
        MqttOptions store = options("mqtt.ca-file=" + ca, "mqtt.ca-file-password=store-secret");

        assertThat(tls.trustStore()).isEqualTo(TrustStore.of(ca));
        assertThat(store.trustStore()).isEqualTo(new TrustStore(ca, "store-secret"));
        assertThat(options().trustStore()).isNull();
    }

    @Test
    void neitherTheConfigurationNorTheOptionsShowThePassword() throws Exception {
        DisplayConfig config = DisplayConfig.load(List.of("mqtt.password=never-shown-token"));

        assertThat(config.toString()).contains("board-main").doesNotContain("never-shown-token");
        assertThat(DisplayBrokerOptions.of(config, Clock.systemUTC()).toString()).doesNotContain("never-shown-token");
    }
}
