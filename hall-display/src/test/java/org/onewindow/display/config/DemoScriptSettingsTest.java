package org.onewindow.display.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * What {@code demo.sh} tells the demo's board, window screen and evaluator (through
 * {@code demo/settings.sh}): the broker, and for the evaluator's rating QR code the server, where
 * the server's own arguments put them, read by the display's real configuration.
 */
class DemoScriptSettingsTest {

    private static final Path SCRIPT = Path.of("..", "demo", "settings.sh");

    private static List<String> settings(String array, String... serverArgs) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "source \"$1\"; shift; demo_settings \"$@\" || exit; declare -n out=" + array + "; printf '%s\\n' \"${out[@]}\"",
                "bash", SCRIPT.toString()));
        command.addAll(List.of(serverArgs));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().keySet().removeIf(k -> k.startsWith("ONEWINDOW_") || k.equals("SERVER_PORT") || k.equals("KIOSK_MODE"));
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("demo/settings.sh did not finish");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("demo/settings.sh's exit status").isZero();
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }

    private static DisplayConfig display(List<String> demoSettings, String... own) throws Exception {
        List<String> args = new ArrayList<>(demoSettings);
        args.addAll(List.of(own));
        return DisplayConfigFile.load(args);
    }

    @Test
    void withoutArgumentsTheScreensUseTheServersDefaultPorts() throws Exception {
        DisplayConfig board = display(settings("DISPLAY_ARGS"));
        DisplayConfig evaluator = display(settings("EVALUATOR_ARGS"), "display.mode=evaluator", "window.no=5");

        assertThat(board.mqttUrl()).isEqualTo("tcp://127.0.0.1:1884");
        assertThat(evaluator.phoneBaseUrl()).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void movingTheServersPortsMovesTheBoardTheWindowScreenAndTheEvaluatorsRatingLink() throws Exception {
        String[] args = {"--server.port=18080", "--onewindow.mqtt.embedded-port=11884"};
        DisplayConfig board = display(settings("DISPLAY_ARGS", args));
        DisplayConfig window = display(settings("DISPLAY_ARGS", args), "display.mode=window", "window.no=5");
        DisplayConfig evaluator = display(settings("EVALUATOR_ARGS", args), "display.mode=evaluator", "window.no=5");

        assertThat(board.mqttUrl()).isEqualTo("tcp://127.0.0.1:11884");
        assertThat(window.mqttUrl()).isEqualTo("tcp://127.0.0.1:11884");
        assertThat(evaluator.mqttUrl()).isEqualTo("tcp://127.0.0.1:11884");
        assertThat(evaluator.phoneBaseUrl()).isEqualTo("http://127.0.0.1:18080");
    }
}
