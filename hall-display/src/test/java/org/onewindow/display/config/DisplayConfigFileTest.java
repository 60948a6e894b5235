package org.onewindow.display.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplayConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultsAreTheDemoHallsMainBoard() throws Exception {
        DisplayConfig c = DisplayConfigFile.load(List.of());
        assertThat(c.mode()).isEqualTo(DisplayMode.BOARD);
        assertThat(c.deviceKind()).isEqualTo("BOARD");
        assertThat(c.hallId()).isEqualTo("linxia");
        assertThat(c.mqttUrl()).isEqualTo("tcp://127.0.0.1:1884");
        assertThat(c.areas()).isEmpty();
        assertThat(c.voice()).isTrue();
        assertThat(c.voiceRepeat()).isEqualTo(2);
        assertThat(c.voiceRecordDir()).isNull();
        assertThat(c.highlight()).isEqualTo(Duration.ofSeconds(8));
        assertThat(c.evaluatorMinimum()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aFileAndThenArgumentsOverrideTheDefaults() throws Exception {
        Path file = dir.resolve("window.properties");
        Files.writeString(file, "display.mode=window\nwindow.no=5\ndisplay.id=window-5\nlanguage=en\nboard.areas=estate, market\n");
        DisplayConfig c = DisplayConfigFile.load(List.of(file.toString(), "window.no=28", "screen.size=1280x400"));
        assertThat(c.mode()).isEqualTo(DisplayMode.WINDOW);
        assertThat(c.deviceKind()).isEqualTo("WINDOW_SCREEN");
        assertThat(c.windowNo()).isEqualTo("28");
        assertThat(c.english()).isTrue();
        assertThat(c.areas()).containsExactly("estate", "market");
        assertThat(c.showsArea("market")).isTrue();
        assertThat(c.showsArea("police")).isFalse();
        assertThat(c.width()).isEqualTo(1280);
        assertThat(c.height()).isEqualTo(400);
    }

    @Test
    void everyMistakeNamesItsKey() {
        assertThatThrownBy(() -> DisplayConfigFile.load(List.of("display.mode=window")))
                .hasMessage("window.no: is required when display.mode is window");
        assertThatThrownBy(() -> DisplayConfigFile.load(List.of("display.mode=wall")))
                .hasMessageStartingWith("display.mode:");
        assertThatThrownBy(() -> DisplayConfigFile.load(List.of("window.no=5/#")))
                .hasMessageStartingWith("window.no:");
        assertThatThrownBy(() -> DisplayConfigFile.load(List.of("screen.size=big")))
                .hasMessageStartingWith("screen.size:");
        assertThatThrownBy(() -> DisplayConfigFile.load(List.of("screen.scale=9")))
                .hasMessageStartingWith("screen.scale:");
        assertThatThrownBy(() -> DisplayConfigFile.load(List.of("board.area-columns=0")))
                .hasMessageStartingWith("board.area-columns:");
        assertThatThrownBy(() -> DisplayConfigFile.load(List.of("time-zone=Mars/Base")))
                .hasMessageStartingWith("time-zone:");
        assertThatThrownBy(() -> DisplayConfigFile.load(List.of("language=fr")))
                .hasMessageStartingWith("language:");
        assertThatThrownBy(() -> DisplayConfigFile.load(List.of("voice.enabled=yes")))
                .hasMessageStartingWith("voice.enabled:");
        assertThatThrownBy(() -> DisplayConfigFile.load(List.of("evaluator.min-seconds=-1")))
                .hasMessage("evaluator.min-seconds: must be between 0 and 600, was -1");
        assertThatThrownBy(() -> DisplayConfigFile.load(List.of("window.n=5")))
                .hasMessage("window.n: unknown setting; display.properties lists them all");
        assertThatThrownBy(() -> DisplayConfigFile.load(List.of("mqtt.url=")))
                .hasMessage("mqtt.url: is required");
    }
}
