package org.onewindow.kiosk.screenshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.config.KioskConfigFile;
import org.onewindow.kiosk.config.KioskMode;
import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.terminal.TerminalScreen;
import org.onewindow.kiosk.testsupport.HallStaff;
import org.onewindow.kiosk.testsupport.KioskUnderTest;
import org.onewindow.kiosk.testsupport.KioskHallServer;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.server.testsupport.DemoHallServer;

/** Pictures of the 24-hour terminal's screens into docs/screenshots/, as {@link KioskScreenshots} does. */
@Tag("screenshots")
class TerminalScreenshots {

    private static final Path OUT = Path.of("..", "docs", "screenshots");

    @TempDir
    Path dir;

    private static void shoot(KioskUnderTest k, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        k.robot.interact(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setTransform(Transform.scale(0.5, 0.5));
            Node terminal = k.robot.lookup(".terminal").query();
            image[0] = terminal.snapshot(p, null);
        });
        Files.createDirectories(OUT);
        Path file = OUT.resolve("terminal-" + name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        assertThat(file).exists();
    }

    @Test
    void everyScreen() throws Exception {
        try (DemoHallServer server = KioskHallServer.start(dir.resolve("server"))) {
            HallStaff staff = new HallStaff(server);
            CaseView ready = staff.readyInLocker(staff.served(SampleCards.ADULT, "social", "11", "clerk01", "ACCEPTED"));
            staff.caseOf(staff.served(SampleCards.ADULT, "estate", "23", "clerk02", "ACCEPTED"));
            // The idle timeout a terminal has by default, so the countdown shows what a citizen sees.
            var config = KioskUnderTest.withMode(KioskUnderTest.config("http://127.0.0.1:9", server.mqttUrl(), dir,
                    KioskConfigFile.load(null).idle()), KioskMode.TERMINAL);
            try (KioskUnderTest k = KioskUnderTest.start(config)) {
                k.awaitTerminal(TerminalScreen.Welcome.class, Duration.ofSeconds(10));
                shoot(k, "welcome");
                k.kiosk.devices().simulatedReader().fail("find card: no answer within 500 ms");
                k.awaitNode("#terminal-welcome-hint");
                await().atMost(Duration.ofSeconds(10)).until(() -> k.text("#terminal-welcome").equals("读卡器暂时无法使用"));
                shoot(k, "welcome-no-reader");
                k.kiosk.devices().simulatedReader().repair();
                await().atMost(Duration.ofSeconds(10)).until(() -> k.text("#terminal-welcome").equals("请刷身份证"));
                k.swipe(SampleCards.ADULT);
                k.awaitTerminal(TerminalScreen.Menu.class, Duration.ofSeconds(10));
                shoot(k, "menu");
                k.tap("#menu-cases");
                k.awaitNode("#case-" + ready.caseNo());
                shoot(k, "cases");
                k.tap("#terminal-elderly");
                shoot(k, "cases-elderly");
                k.tap("#terminal-elderly");
                k.tap("#terminal-menu");
                k.tap("#menu-collect");
                k.tap("#collect-" + ready.caseNo());
                k.awaitTerminal(TerminalScreen.LockerOpen.class, Duration.ofSeconds(5));
                shoot(k, "locker-open");
                k.kiosk.devices().lockerTwin().takeAndShut(Integer.parseInt(ready.pickupPlace()));
                k.awaitTerminal(TerminalScreen.Collected.class, Duration.ofSeconds(5));
                shoot(k, "collected");
                k.tap("#terminal-menu");
                k.tap("#menu-book");
                k.tap("#book-area-social");
                k.awaitTerminal(TerminalScreen.BookSlot.class, Duration.ofSeconds(10));
                shoot(k, "book-slots");
                var slot = ((TerminalScreen.BookSlot) k.kiosk.terminal().current()).slots().get(0);
                k.tap("#slot-" + slot.date() + "-" + slot.start().replace(":", ""));
                k.awaitTerminal(TerminalScreen.Booked.class, Duration.ofSeconds(10));
                shoot(k, "booked");
                Files.copy(k.kiosk.devices().simulatedPrinter().lastTicket(), OUT.resolve("terminal-appointment-slip.png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                k.tap("#terminal-menu");
                k.tap("#menu-appointments");
                k.awaitTerminal(TerminalScreen.Appointments.class, Duration.ofSeconds(10));
                shoot(k, "appointments");
                k.tap("#terminal-menu");
                k.tap("#menu-rate");
                k.awaitTerminal(TerminalScreen.Rate.class, Duration.ofSeconds(10));
                var service = ((TerminalScreen.Rate) k.kiosk.terminal().current()).services().get(0);
                k.tap("#rate-" + service.ticketId());
                k.tap("#level-DISSATISFIED");
                k.tap("#reason-LONG_WAIT");
                shoot(k, "rate");
            }
        }
    }
}
