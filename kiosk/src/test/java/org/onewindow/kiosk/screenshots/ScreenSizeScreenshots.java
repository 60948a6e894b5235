package org.onewindow.kiosk.screenshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.kiosk.config.KioskMode;
import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.terminal.TerminalScreen;
import org.onewindow.kiosk.testsupport.HallStaff;
import org.onewindow.kiosk.testsupport.KioskUnderTest;
import org.onewindow.kiosk.testsupport.KioskHallServer;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.server.testsupport.DemoHallServer;

/**
 * The kiosk's and the terminal's main screens, full screen on each screen size halls buy, pixel
 * for pixel as the screen shows them, into docs/screenshots/ (kiosk-home-1920x1080.png...).
 * Run it with the command in docs/kiosk.md; the normal build skips it.
 */
@Tag("screenshots")
class ScreenSizeScreenshots {

    private static final Path OUT = Path.of("..", "docs", "screenshots");
    private static final int[][] SIZES = {{1080, 1920}, {1920, 1080}, {1280, 1024}, {800, 1280}};

    @TempDir
    Path dir;

    private static void shoot(KioskUnderTest k, String name, int[] size) throws Exception {
        WritableImage[] image = new WritableImage[1];
        k.robot.interact(() -> image[0] = k.scene().snapshot(null));
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + "-" + size[0] + "x" + size[1] + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        assertThat(file).exists();
    }

    @Test
    void mainScreensAtEverySize() throws Exception {
        try (DemoHallServer server = KioskHallServer.start(dir.resolve("server"))) {
            HallStaff staff = new HallStaff(server);
            CaseView ready = staff.readyInLocker(staff.served(SampleCards.ADULT, "social", "11", "clerk01", "ACCEPTED"));
            staff.caseOf(staff.served(SampleCards.ADULT, "estate", "23", "clerk02", "ACCEPTED"));
            for (int i = 0; i < 5; i++) {
                server.manager().issueTicket(new IssueTicketRequest("shot-" + i, i < 3 ? "market" : "estate", null,
                        null, null, null));
            }
            for (int[] size : SIZES) {
                queueKiosk(server, size);
                terminal(server, size, ready);
            }
        }
    }

    private void queueKiosk(DemoHallServer server, int[] size) throws Exception {
        KioskConfig config = KioskUnderTest.withScreen(KioskUnderTest.config(server.url(), server.mqttUrl(), dir,
                Duration.ofSeconds(300)), true, size[0] > size[1]);
        try (KioskUnderTest k = KioskUnderTest.startOn(config, size[0], size[1])) {
            k.awaitNode("#area-market");
            await().atMost(Duration.ofSeconds(10)).until(() -> k.text("#queue-market").contains("人等候"));
            shoot(k, "kiosk-home", size);
            k.tap("#elderly-toggle");
            shoot(k, "kiosk-home-elderly", size);
            k.tap("#elderly-toggle");
            k.tap("#language-toggle");
            shoot(k, "kiosk-home-english", size);
            k.tap("#language-toggle");
            k.tap("#area-market");
            k.awaitNode("#no-item");
            shoot(k, "kiosk-items", size);
            String item = k.kiosk.flow().hall().items().stream().filter(i -> i.areaId().equals("market"))
                    .findFirst().orElseThrow().code();
            k.tap("#item-" + item);
            k.tap("#green-PREGNANCY");
            shoot(k, "kiosk-identify", size);
            k.tap("#no-id");
            k.awaitNode("#take-ticket");
            shoot(k, "kiosk-ticket", size);
        }
    }

    private void terminal(DemoHallServer server, int[] size, CaseView ready) throws Exception {
        KioskConfig config = KioskUnderTest.withScreen(KioskUnderTest.withMode(KioskUnderTest.config(
                "http://127.0.0.1:9", server.mqttUrl(), dir, Duration.ofSeconds(300)), KioskMode.TERMINAL), true,
                size[0] > size[1]);
        try (KioskUnderTest k = KioskUnderTest.startOn(config, size[0], size[1])) {
            k.awaitTerminal(TerminalScreen.Welcome.class, Duration.ofSeconds(10));
            shoot(k, "terminal-welcome", size);
            k.swipe(SampleCards.ADULT);
            k.awaitTerminal(TerminalScreen.Menu.class, Duration.ofSeconds(10));
            shoot(k, "terminal-menu", size);
            k.tap("#menu-cases");
            k.awaitNode("#case-" + ready.caseNo());
            shoot(k, "terminal-cases", size);
            k.tap("#terminal-elderly");
            shoot(k, "terminal-cases-elderly", size);
        }
    }
}
