package org.onewindow.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * What {@code demo.sh} tells the demo's hall kiosk and 24-hour terminal (through
 * {@code demo/settings.sh}): the server and broker where the server's own arguments and
 * environment put them, read by the kiosk's real configuration.
 */
class DemoScriptSettingsTest {

    private static final Path SCRIPT = Path.of("..", "demo", "settings.sh");
    private static final Path TERMINAL_FILE = Path.of("..", "demo", "terminal-1.properties");

    /** The script's outcome: its exit status, the settings in {@code array}, what it said on stderr. */
    private record Outcome(int status, List<String> settings, String error) {
    }

    private static Outcome run(String array, Map<String, String> env, String... serverArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "source \"$1\"; shift; demo_settings \"$@\" || exit; declare -n out=" + array + "; printf '%s\\n' \"${out[@]}\"",
                "bash", SCRIPT.toString()));
        command.addAll(List.of(serverArgs));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("ONEWINDOW_") || k.equals("SERVER_PORT") || k.equals("KIOSK_MODE"));
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("demo/settings.sh did not finish");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(p.exitValue(), out.lines().filter(l -> !l.isEmpty()).toList(), err);
    }

    private static KioskConfig kiosk(Map<String, String> env, String... serverArgs) throws Exception {
        Outcome o = run("KIOSK_ARGS", env, serverArgs);
        assertThat(o.status()).as(o.error()).isZero();
        return KioskConfigFile.fromCommandLine(o.settings());
    }

    private static KioskConfig terminal(Map<String, String> env, String... serverArgs) throws Exception {
        Outcome o = run("TERMINAL_ARGS", env, serverArgs);
        assertThat(o.status()).as(o.error()).isZero();
        List<String> args = new ArrayList<>(List.of(TERMINAL_FILE.toString()));
        args.addAll(o.settings());
        return KioskConfigFile.fromCommandLine(args);
    }

    @Test
    void withoutArgumentsTheDevicesUseTheServersDefaultPorts() throws Exception {
        KioskConfig kiosk = kiosk(Map.of());

        assertThat(kiosk.serverUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(kiosk.mqttUrl()).isEqualTo("tcp://127.0.0.1:1884");
        assertThat(kiosk.mode()).isEqualTo(KioskMode.AUTO);
    }

    @Test
    void movingTheServersPortsMovesTheKioskTheTerminalAndTheTicketsQrCode() throws Exception {
        String[] args = {"--server.port=18080", "--onewindow.mqtt.embedded-port=11884"};
        KioskConfig kiosk = kiosk(Map.of(), args);
        KioskConfig terminal = terminal(Map.of(), args);

        assertThat(kiosk.serverUrl()).isEqualTo("http://127.0.0.1:18080");
        assertThat(kiosk.trackingBaseUrl()).isEqualTo("http://127.0.0.1:18080/api/halls");
        assertThat(kiosk.mqttUrl()).isEqualTo("tcp://127.0.0.1:11884");
        assertThat(terminal.serverUrl()).isEqualTo("http://127.0.0.1:18080");
        assertThat(terminal.mqttUrl()).isEqualTo("tcp://127.0.0.1:11884");
        assertThat(terminal.deviceId()).isEqualTo("terminal-1");
        assertThat(terminal.mode()).isEqualTo(KioskMode.TERMINAL);
    }

    @Test
    void theEnvironmentMovesThemTooAndAnArgumentWinsAsInTheServer() throws Exception {
        assertThat(kiosk(Map.of("SERVER_PORT", "19090")).serverUrl()).isEqualTo("http://127.0.0.1:19090");
        assertThat(kiosk(Map.of("SERVER_PORT", "19090"), "--server.port=18080", "--server.port=18081").serverUrl())
                .isEqualTo("http://127.0.0.1:18081");
        assertThat(kiosk(Map.of("ONEWINDOW_MQTT_EMBEDDED_PORT", "11999")).mqttUrl()).isEqualTo("tcp://127.0.0.1:11999");
        assertThat(kiosk(Map.of("ONEWINDOW_MQTT_EMBEDDEDPORT", "11998")).mqttUrl()).isEqualTo("tcp://127.0.0.1:11998");
    }

    @Test
    void anExternalBrokerIsWhereEveryDeviceConnects() throws Exception {
        KioskConfig kiosk = kiosk(Map.of(), "--onewindow.mqtt.embedded-broker=false",
                "--onewindow.mqtt.url=tcp://127.0.0.1:1883");

        assertThat(kiosk.mqttUrl()).isEqualTo("tcp://127.0.0.1:1883");
    }

    @Test
    void kioskModeForcesTheHallKioskAndLeavesTheTerminalAsItIs() throws Exception {
        assertThat(kiosk(Map.of("KIOSK_MODE", "queue")).mode()).isEqualTo(KioskMode.QUEUE);
        assertThat(terminal(Map.of("KIOSK_MODE", "queue")).mode()).isEqualTo(KioskMode.TERMINAL);
    }

    @Test
    void whatTheDevicesCouldNotFollowIsRefusedBeforeAnythingStarts() throws Exception {
        Outcome mode = run("KIOSK_ARGS", Map.of("KIOSK_MODE", "night"));
        Outcome randomPort = run("KIOSK_ARGS", Map.of(), "--server.port=0");
        Outcome notAPort = run("KIOSK_ARGS", Map.of("ONEWINDOW_MQTT_EMBEDDED_PORT", "eighty"));

        assertThat(mode.status()).isNotZero();
        assertThat(mode.error()).contains("KIOSK_MODE must be auto, queue or terminal, was \"night\"");
        assertThat(randomPort.status()).isNotZero();
        assertThat(randomPort.error()).contains("server.port must be a port from 1 to 65535");
        assertThat(notAPort.status()).isNotZero();
        assertThat(notAPort.error()).contains("onewindow.mqtt.embedded-port must be a port from 1 to 65535")
                .contains("was \"eighty\"");
    }
}
