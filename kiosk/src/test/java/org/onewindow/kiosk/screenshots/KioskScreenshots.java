package org.onewindow.kiosk.screenshots;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.kiosk.config.KioskConfigFile;
import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.device.printer.PaperStatus;
import org.onewindow.kiosk.testsupport.KioskUnderTest;
import org.onewindow.kiosk.testsupport.TcpProxy;
import org.onewindow.kiosk.testsupport.KioskHallServer;
import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.testsupport.HallRestDriver;
import org.onewindow.server.testsupport.DemoHallServer;

/**
 * Takes a picture of every kiosk screen into docs/screenshots/, rendered by a real window under
 * Xvfb with a CJK font. Run it with the command in docs/kiosk.md; the normal build skips it.
 */
@Tag("screenshots")
class KioskScreenshots {

    private static final Path OUT = Path.of("..", "docs", "screenshots");

    @TempDir
    Path dir;

    private static void shoot(KioskUnderTest k, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        k.robot.interact(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setTransform(Transform.scale(0.5, 0.5));
            image[0] = k.kiosk.root().snapshot(p, null);
        });
        Files.createDirectories(OUT);
        Path file = OUT.resolve("kiosk-" + name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        assertThat(file).exists();
    }

    @Test
    void everyScreen() throws Exception {
        try (DemoHallServer server = KioskHallServer.start(dir.resolve("server"))) {
            for (int i = 0; i < 7; i++) {
                server.manager().issueTicket(new IssueTicketRequest("shot-" + i, i < 4 ? "market" : "estate", null,
                        null, null, null));
            }
            // Windows open for 市场监管 only: the other tiles say that no window serves them.
            for (String window : new String[] {"4", "5"}) {
                HallRestDriver.forStaff(server.url(), DemoHallServer.HALL, "clerk0" + window, "demo-clerk",
                        Duration.ofSeconds(5)).signIn(window);
            }
            TcpProxy cable = new TcpProxy(server.port());
            // The idle timeout a kiosk has by default, so the countdown shows what a citizen sees.
            KioskConfig config = KioskUnderTest.config("http://127.0.0.1:" + cable.port(), server.mqttUrl(), dir,
                    KioskConfigFile.load(null).idle());
            try (cable; KioskUnderTest k = KioskUnderTest.start(config)) {
                k.awaitNode("#area-market");
                await().atMost(Duration.ofSeconds(10)).until(() -> k.text("#queue-market").contains("人等候"));
                shoot(k, "home");
                k.kiosk.devices().simulatedReader().present(SampleCards.ADULT);
                await().until(() -> k.text(".title").contains("已读取"));
                k.tap("#area-market");
                k.awaitNode("#no-item");
                shoot(k, "items");
                k.tap("#home-button");
                k.kiosk.devices().simulatedReader().remove();
                k.tap("#area-market");
                k.tap("#no-item");
                k.tap("#green-PREGNANCY");
                shoot(k, "identify");
                k.tap("#home-button");
                k.tap("#area-market");
                String item = k.kiosk.flow().hall().items().stream().filter(i -> i.areaId().equals("market"))
                        .findFirst().orElseThrow().code();
                k.tap("#item-" + item);
                k.kiosk.devices().simulatedReader().present(SampleCards.ADULT);
                k.awaitNode("#take-ticket");
                shoot(k, "ticket");
                k.kiosk.devices().simulatedReader().remove();
                // An older citizen's card: the green channel, and elderly mode for the turn.
                k.tap("#home-button");
                k.tap("#area-social");
                k.tap("#no-item");
                k.kiosk.devices().simulatedReader().present(SampleCards.ELDERLY);
                k.awaitNode("#take-ticket");
                shoot(k, "ticket-elderly");
                k.kiosk.devices().simulatedReader().remove();
                k.kiosk.devices().simulatedPrinter().setStatus(PaperStatus.OUT);
                k.tap("#home-button");
                k.tap("#area-estate");
                k.tap("#no-item");
                k.tap("#no-id");
                k.awaitNode("#not-printed");
                shoot(k, "ticket-not-printed");
                k.kiosk.devices().simulatedPrinter().setStatus(PaperStatus.OK);
                k.tap("#home-button");
                LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
                String code = server.manager().bookAppointment(new AppointmentRequest("social", null,
                        now.toLocalDate().toString(), String.format("%02d:%02d", now.getHour(), now.getMinute()), 30,
                        new Identity("622901197511200050", "赵强"))).code();
                k.scan(code.substring(0, code.length() - 1) + (code.endsWith("A") ? "B" : "A"));
                k.awaitNode("#notice-text");
                shoot(k, "forged-code");
                k.tap("#home-button");
                k.scan(code);
                k.awaitNode("#ticket-number");
                shoot(k, "appointment");
                k.tap("#home-button");
                k.tap("#elderly-toggle");
                shoot(k, "home-elderly");
                k.tap("#elderly-toggle");
                k.tap("#language-toggle");
                shoot(k, "home-english");
                k.tap("#language-toggle");
                k.kiosk.devices().simulatedReader().fail("find card: no answer within 500 ms");
                await().atMost(Duration.ofSeconds(10)).until(() -> k.text("#swipe-hint").contains("读卡器暂时无法使用"));
                shoot(k, "home-no-reader");
                k.tap("#area-police");
                k.tap("#no-item");
                k.awaitNode("#identify-title");
                shoot(k, "identify-no-reader");
                k.tap("#home-button");
                k.kiosk.devices().simulatedReader().repair();
                await().atMost(Duration.ofSeconds(10)).until(() -> k.text("#swipe-hint").contains("刷身份证"));
                cable.cut();
                k.tap("#area-police");
                k.tap("#no-item");
                k.tap("#no-id");
                k.awaitNode("#paused-text");
                shoot(k, "paused");
            }
        }
    }
}
