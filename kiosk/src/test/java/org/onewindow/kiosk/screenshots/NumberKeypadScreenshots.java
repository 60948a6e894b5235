package org.onewindow.kiosk.screenshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.testsupport.KioskHallServer;
import org.onewindow.kiosk.testsupport.KioskUnderTest;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.server.testsupport.DemoHallServer;

/**
 * The number keypad for near-turn texts and its confirmation, standard and in elderly mode, into
 * docs/screenshots/ (a real window under Xvfb; run with the command in docs/kiosk.md).
 */
@Tag("screenshots")
class NumberKeypadScreenshots {

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

    private static void type(KioskUnderTest k, String digits) {
        for (char c : digits.toCharArray()) {
            k.tap("#key-" + c);
        }
    }

    @Test
    void keypadAndConfirmation() throws Exception {
        try (DemoHallServer server = KioskHallServer.start(dir.resolve("server"))) {
            for (int i = 0; i < 6; i++) {
                server.manager().issueTicket(new IssueTicketRequest("shot-" + i, "estate", null, null, null, null));
            }
            try (KioskUnderTest k = KioskUnderTest.start(KioskUnderTest.config(server.url(), server.mqttUrl(), dir,
                    Duration.ofSeconds(60)))) {
                k.tap("#area-estate");
                k.tap("#no-item");
                k.tap("#no-id");
                k.awaitNode("#leave-number");
                shoot(k, "notice-ticket");
                k.tap("#leave-number");
                type(k, "1381234567");
                shoot(k, "notice-keypad");
                k.tap("#number-send");
                k.awaitNode("#number-problem");
                shoot(k, "notice-keypad-short");
                k.tap("#key-8");
                k.tap("#number-send");
                k.awaitNode("#number-left-text");
                shoot(k, "notice-left");
                k.tap("#home-button");
                k.tap("#elderly-toggle");
                k.tap("#area-estate");
                k.tap("#no-item");
                k.tap("#no-id");
                k.tap("#leave-number");
                type(k, "139000");
                shoot(k, "notice-keypad-elderly");
            }
            // Landscape: the keys beside the number.
            try (KioskUnderTest k = KioskUnderTest.startOn(KioskUnderTest.withScreen(KioskUnderTest.config(server.url(),
                    server.mqttUrl(), dir.resolve("landscape"), Duration.ofSeconds(60)), true, true), 1920, 1080)) {
                k.tap("#area-estate");
                k.tap("#no-item");
                k.tap("#no-id");
                k.tap("#leave-number");
                type(k, "13812345678");
                shoot(k, "notice-keypad-1920x1080");
            }
        }
    }
}
