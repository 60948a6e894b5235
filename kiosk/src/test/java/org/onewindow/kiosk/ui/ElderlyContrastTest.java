package org.onewindow.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Parent;
import javafx.scene.paint.Color;

import org.junit.jupiter.api.Test;

import org.onewindow.kiosk.config.KioskMode;
import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.device.printer.PaperStatus;
import org.onewindow.kiosk.queue.Screen;
import org.onewindow.kiosk.terminal.TerminalScreen;
import org.onewindow.kiosk.testsupport.Contrast;
import org.onewindow.kiosk.testsupport.KioskAgainstServer;
import org.onewindow.kiosk.testsupport.KioskUnderTest;

/**
 * Every text in elderly mode stands out from its background by at least 4.5:1 (WCAG AA), as the
 * style sheet colours it: measured on the rendered screens of the queue kiosk and the terminal.
 */
class ElderlyContrastTest extends KioskAgainstServer {

    private static final double MINIMUM = 4.5;

    private final List<String> low = new ArrayList<>();

    @Test
    void theRatioIsComputedAsWcagDoes() {
        assertThat(Contrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Contrast.ratio(Color.web("#1d7a46"), Color.BLACK)).isLessThan(MINIMUM);
        assertThat(Contrast.ratio(Color.web("#ffd400"), Color.BLACK)).isGreaterThan(12);
    }

    @Test
    void everyQueueKioskScreenInElderlyMode() throws Exception {
        k = KioskUnderTest.start(KioskUnderTest.config(server.url(), server.mqttUrl(), dir, Duration.ofSeconds(60)));
        k.awaitNode("#area-social");
        k.tap("#elderly-toggle");
        measure("home");
        k.tap("#area-social");
        String item = k.kiosk.flow().hall().items().stream().filter(i -> i.areaId().equals("social")
                && !i.materials().isEmpty()).findFirst().orElseThrow().code();
        measure("items");
        k.tap("#item-" + item);
        k.awaitNode("#no-id");
        k.tap("#green-DISABILITY");
        measure("identify");
        k.kiosk.devices().simulatedReader().present(SampleCards.ELDERLY);
        k.awaitNode("#take-ticket");
        measure("ticket");

        k.kiosk.devices().simulatedReader().remove();
        k.tap("#home-button");
        k.tap("#elderly-toggle");
        k.kiosk.devices().simulatedPrinter().setStatus(PaperStatus.OUT);
        k.tap("#area-tax");
        k.tap("#no-item");
        k.tap("#no-id");
        k.awaitNode("#not-printed");
        measure("ticket not printed");
        k.tap("#home-button");
        k.tap("#elderly-toggle");
        k.scan("https://www.example.com/");
        k.awaitScreen(Screen.Notice.class, Duration.ofSeconds(5));
        measure("notice");

        assertThat(low).as("texts below %s:1 in elderly mode", MINIMUM).isEmpty();
    }

    @Test
    void everyTerminalScreenInElderlyMode() throws Exception {
        k = KioskUnderTest.start(KioskUnderTest.withMode(
                KioskUnderTest.config(server.url(), server.mqttUrl(), dir, Duration.ofSeconds(60)), KioskMode.TERMINAL));
        k.awaitTerminal(TerminalScreen.Welcome.class, Duration.ofSeconds(10));
        k.tap("#terminal-elderly");
        measure("welcome");
        k.swipe(SampleCards.ELDERLY);
        k.awaitTerminal(TerminalScreen.Menu.class, Duration.ofSeconds(10));
        measure("menu");
        k.tap("#menu-cases");
        k.awaitTerminal(TerminalScreen.Cases.class, Duration.ofSeconds(10));
        measure("cases");
        k.tap("#terminal-menu");
        k.tap("#menu-book");
        k.awaitTerminal(TerminalScreen.BookArea.class, Duration.ofSeconds(10));
        measure("book");

        assertThat(low).as("texts below %s:1 in elderly mode", MINIMUM).isEmpty();
    }

    /** Measures what is on screen now, in elderly mode, and keeps what falls short. */
    private void measure(String screen) {
        await().atMost(Duration.ofSeconds(5)).until(k::elderlyShown);
        k.robot.interact(() -> Contrast.below((Parent) k.robot.lookup(".kiosk").query(), MINIMUM)
                .forEach(t -> low.add(screen + ": " + t)));
    }
}
