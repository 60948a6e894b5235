package org.onewindow.display.screenshots;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.config.DisplayMode;
import org.onewindow.display.feed.DisplayState;
import org.onewindow.display.testsupport.MutableClock;
import org.onewindow.display.testsupport.SampleStates;
import org.onewindow.display.testsupport.Screens;
import org.onewindow.display.ui.BoardView;
import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.display.ui.WindowScreenView;

/**
 * Pictures of the board and the window screen into docs/screenshots/, rendered by real windows
 * under Xvfb with a CJK font. Run with the command in docs/hall-display.md; the build skips it.
 */
@Tag("screenshots")
class DisplayScreenshots {

    private static final Path OUT = Path.of("..", "docs", "screenshots");
    private final Instant now = Screens.morning();
    private final MutableClock clock = new MutableClock(now, Screens.HALL_ZONE);
    private Parent shown;

    @AfterEach
    void close() throws Exception {
        Screens.close();
    }

    @Test
    void board() throws Exception {
        DisplayState state = SampleStates.busyMorning(now, "今日下午 14:00-15:00 系统维护，不动产登记暂停受理，请提前取号。");
        shoot("board", Screens.board("tcp://unused:1", Locale.CHINESE, List.of(), null), state, 0.5);
        shoot("board-english", Screens.board("tcp://unused:1", Locale.ENGLISH, List.of(), null), state, 0.5);
        DisplayState offline = new DisplayState(state.board(), state.windows(), false, true, now);
        shoot("board-offline", Screens.board("tcp://unused:1", Locale.CHINESE, List.of(), null), offline, 0.5);
        DisplayConfig uhd = sized(Screens.board("tcp://unused:1", Locale.CHINESE, List.of(), null), 3840, 2160);
        shoot("board-3840x2160", uhd, state, 0.25);
    }

    @Test
    void windowScreens() throws Exception {
        DisplayConfig five = Screens.window("tcp://unused:1", "5", Locale.CHINESE);
        shoot("window-serving", five,
                SampleStates.withWindow(SampleStates.window("5", "OPEN", "B012", "张三", false, now), true, now), 0.75);
        shoot("window-paused", five,
                SampleStates.withWindow(SampleStates.window("5", "PAUSED", "", "", false, now), true, now), 0.75);
        shoot("window-tidal", Screens.window("tcp://unused:1", "28", Locale.CHINESE),
                SampleStates.withWindow(SampleStates.window("28", "OPEN", "H031", "欧阳娜娜", true, now), true, now), 0.75);
    }

    private static DisplayConfig sized(DisplayConfig c, int width, int height) {
        return new DisplayConfig(c.deviceId(), c.mode(), c.windowNo(), c.hallId(), c.mqttUrl(), c.mqttUsername(),
                c.mqttPassword(), c.timeZone(), c.locale(), c.fullScreen(), width, height, c.scale(), c.callRows(),
                c.areaColumns(), c.areas(), c.highlight(), c.voice(), c.voiceRepeat(), c.voiceMaxAge(), c.voiceRecordDir());
    }

    private void shoot(String name, DisplayConfig config, DisplayState state, double scale) throws Exception {
        Function<DisplayTexts, Parent> make = texts -> {
            if (config.mode() == DisplayMode.BOARD) {
                BoardView board = new BoardView(config, texts, clock);
                board.show(state);
                return board;
            }
            WindowScreenView window = new WindowScreenView(config, texts, clock);
            window.show(state);
            return window;
        };
        Screens.show(config, () -> shown = make.apply(new DisplayTexts(config.locale())));
        if (name.equals("window-tidal")) {
            // After the few seconds a new ticket is highlighted: how the screen looks most of the time.
            clock.advance(Duration.ofSeconds(10));
            Screens.onFx(((WindowScreenView) shown)::tick);
        }
        WritableImage[] image = new WritableImage[1];
        Screens.onFx(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setTransform(Transform.scale(scale, scale));
            image[0] = shown.snapshot(p, null);
        });
        Files.createDirectories(OUT);
        Path file = OUT.resolve("display-" + name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        assertThat(file).exists();
        Screens.close();
    }
}
