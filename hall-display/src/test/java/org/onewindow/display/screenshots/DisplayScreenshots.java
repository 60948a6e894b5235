package org.onewindow.display.screenshots;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.display.HallDisplay;
import org.onewindow.display.config.DisplayConfig;
import org.onewindow.display.config.DisplayMode;
import org.onewindow.display.feed.DisplayState;
import org.onewindow.display.testsupport.SampleStates;
import org.onewindow.display.testsupport.Screens;
import org.onewindow.display.board.BoardView;
import org.onewindow.display.ui.DisplayTexts;
import org.onewindow.display.window.WindowScreenView;
import org.onewindow.display.voice.SpeechEngine;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.NoticeRequest;
import org.onewindow.protocol.rest.TidalOpenRequest;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.protocol.testsupport.TestBroker;
import org.onewindow.server.testsupport.DemoHallServer;

/**
 * Pictures of the board and the window screen into docs/screenshots/, rendered by real windows
 * under Xvfb with a CJK font. Run with the command in docs/hall-display.md; the build skips it.
 */
@Tag("screenshots")
class DisplayScreenshots {

    private static final Path OUT = Path.of("..", "docs", "screenshots");
    private static final int DEFAULT_CALL_ROWS = 7;
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
        // The default number of call rows (display.properties), to see that they fit.
        DisplayConfig chinese = sized(Screens.board("tcp://unused:1", Locale.CHINESE, List.of(), null), 1920, 1080);
        shoot("board", chinese, state, 0.5);
        shoot("board-english", sized(Screens.board("tcp://unused:1", Locale.ENGLISH, List.of(), null), 1920, 1080),
                state, 0.5);
        DisplayState offline = new DisplayState(state.board(), state.windows(), false, true, now);
        shoot("board-offline", chinese, offline, 0.5);
        DisplayConfig uhd = sized(chinese, 3840, 2160);
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

    @Test
    void demoHall(@TempDir Path dir) throws Exception {
        try (TestBroker broker = new TestBroker();
             DemoHallServer server = DemoHallServer.onBroker(dir, broker.uri());
             HallDisplay board = HallDisplay.open(sized(Screens.board(broker.uri(), Locale.CHINESE, List.of(), null),
                     1920, 1080), Clock.systemUTC(), SpeechEngine.SILENT, (name, clip) -> { })) {
            String[] areas = {"market", "market", "estate", "estate", "estate", "social", "police", "tax", "invest", "fund"};
            for (int i = 0; i < 40; i++) {
                server.manager().issueTicket(new IssueTicketRequest("shot-" + i, areas[i % areas.length], null, null, null, null));
            }
            server.manager().openTidal("28", new TidalOpenRequest(List.of("estate"), "不动产登记排队过长"));
            server.manager().setNotice(new NoticeRequest("不动产登记业务量大，已开放 28 号潮汐窗口，请留意叫号。"));
            String[][] windows = {{"1", "clerk01"}, {"4", "clerk02"}, {"8", "clerk03"}, {"11", "clerk04"},
                    {"20", "clerk05"}, {"23", "clerk06"}, {"28", "clerk07"}, {"5", "clerk08"}};
            for (String[] w : windows) {
                server.clerk(w[1]).signIn(w[0]);
                server.clerk(w[1]).callNext(w[0]);
            }
            Screens.show(board.config(), () -> shown = board.startScreen());
            Screens.await(() -> Screens.allText("#call-0").contains("5号窗口") && Screens.visible("#tidal-28"),
                    Duration.ofSeconds(10), () -> Screens.allText(".board"));
            snapshot("board-demo-hall", 0.5);
        }
    }

    @Test
    void evaluator(@TempDir Path dir) throws Exception {
        try (TestBroker broker = new TestBroker();
             DemoHallServer server = DemoHallServer.onBroker(dir, broker.uri());
             HallDisplay evaluator = HallDisplay.open(Screens.evaluator(broker.uri(), "5", "http://192.168.1.10:8080"),
                     Clock.systemUTC(), SpeechEngine.SILENT, (name, clip) -> { })) {
            server.clerk("clerk05").signIn("5");
            server.manager().issueTicket(new IssueTicketRequest("shot-eval", "market", null, null, null, null));
            server.clerk("clerk05").callNext("5");
            server.clerk("clerk05").finish("5");
            Screens.show(evaluator.config(), () -> shown = evaluator.startScreen());
            Screens.await(() -> Screens.visible("#rate-ticket") && Screens.text("#rate-ticket").startsWith("号码"),
                    Duration.ofSeconds(10), () -> Screens.allText(".evaluator"));
            Screens.onFx(() -> ((javafx.scene.control.ButtonBase) Screens.ROBOT.lookup("#level-DISSATISFIED").query()).fire());
            snapshot("evaluator", 0.75);
        }
    }

    private static DisplayConfig sized(DisplayConfig c, int width, int height) {
        return new DisplayConfig(c.deviceId(), c.mode(), c.windowNo(), c.hallId(), c.mqttUrl(), c.mqttUsername(),
                c.mqttPassword(), c.mqttTrust(), c.timeZone(), c.locale(), c.fullScreen(), width, height, c.scale(), DEFAULT_CALL_ROWS,
                c.areaColumns(), c.areas(), c.highlight(), c.voice(), c.voiceRepeat(), c.voiceMaxAge(), c.voiceRecordDir(),
                c.phoneBaseUrl(), c.evaluatorMinimum());
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
        snapshot(name, scale);
    }

    private void snapshot(String name, double scale) throws Exception {
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
