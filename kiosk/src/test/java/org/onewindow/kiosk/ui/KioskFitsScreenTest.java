package org.onewindow.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.kiosk.config.KioskMode;
import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.device.printer.PaperStatus;
import org.onewindow.kiosk.terminal.TerminalScreen;
import org.onewindow.kiosk.testsupport.HallStaff;
import org.onewindow.kiosk.testsupport.KioskUnderTest;
import org.onewindow.kiosk.testsupport.KioskHallServer;
import org.onewindow.kiosk.testsupport.WholeOnScreen;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.server.testsupport.DemoHallServer;

/**
 * The kiosk and the 24-hour terminal show every screen whole on the screens halls buy: portrait
 * 1080×1920, landscape 1920×1080, 1280×1024 and 800×1280; in Chinese and English, in standard and
 * elderly mode. Whole means nothing outside the screen or its box, no text cut short with "…",
 * nothing laid over anything else (headless, TestFX on Monocle, against the real queue server).
 */
class KioskFitsScreenTest {

    @TempDir
    static Path serverDir;
    private static DemoHallServer server;
    private static CaseView inLocker;

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        server = KioskHallServer.start(serverDir);
        HallStaff staff = new HallStaff(server);
        inLocker = staff.readyInLocker(staff.served(SampleCards.ADULT, "social", "11", "clerk01", "ACCEPTED"));
        staff.caseOf(staff.served(SampleCards.ADULT, "estate", "23", "clerk02", "ACCEPTED"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1080, 1920", "1920, 1080", "1280, 1024", "800, 1280"})
    void everyQueueKioskScreenShowsWhole(int width, int height) throws Exception {
        KioskConfig config = KioskUnderTest.withScreen(KioskUnderTest.config(server.url(), server.mqttUrl(), dir,
                Duration.ofSeconds(300)), true, width > height);
        try (KioskUnderTest k = KioskUnderTest.startOn(config, width, height)) {
            k.awaitNode("#area-market");
            String size = width + "×" + height + " ";
            inEveryLook(k, size + "home", "#elderly-toggle", "#language-toggle");
            onFx(k, WholeOnScreen::scrolling).forEach(p -> problems.add(size + "home: not every area shows at once: " + p));
            k.tap("#area-market");
            k.awaitNode("#no-item");
            inEveryLook(k, size + "items", "#elderly-toggle", "#language-toggle");
            String item = k.kiosk.flow().hall().items().stream().filter(i -> i.areaId().equals("market"))
                    .findFirst().orElseThrow().code();
            k.tap("#item-" + item);
            k.awaitNode("#no-id");
            k.tap("#green-PREGNANCY");
            inEveryLook(k, size + "identify", "#elderly-toggle", "#language-toggle");
            k.tap("#no-id");
            k.awaitNode("#take-ticket");
            inEveryLook(k, size + "ticket", "#elderly-toggle", "#language-toggle");
            k.tap("#leave-number");
            for (char c : "1381234".toCharArray()) {
                k.tap("#key-" + c);
            }
            k.tap("#number-send");
            k.awaitNode("#number-problem");
            inEveryLook(k, size + "number keypad", "#elderly-toggle", "#language-toggle");
            k.tap("#home-button");
            k.kiosk.devices().simulatedPrinter().setStatus(PaperStatus.OUT);
            k.tap("#area-market");
            k.tap("#item-" + item);
            k.tap("#no-id");
            k.awaitNode("#not-printed");
            inEveryLook(k, size + "ticket not printed", "#elderly-toggle", "#language-toggle");
            k.tap("#home-button");
            k.scan("not a code of this hall");
            k.awaitNode("#notice-text");
            inEveryLook(k, size + "notice", "#elderly-toggle", "#language-toggle");
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1080, 1920", "1920, 1080", "1280, 1024", "800, 1280"})
    void everyTerminalScreenShowsWhole(int width, int height) throws Exception {
        KioskConfig config = KioskUnderTest.withScreen(KioskUnderTest.withMode(KioskUnderTest.config(
                "http://127.0.0.1:9", server.mqttUrl(), dir, Duration.ofSeconds(300)), KioskMode.TERMINAL), true,
                width > height);
        try (KioskUnderTest k = KioskUnderTest.startOn(config, width, height)) {
            String size = width + "×" + height + " terminal ";
            k.awaitTerminal(TerminalScreen.Welcome.class, Duration.ofSeconds(10));
            inEveryLook(k, size + "welcome", "#terminal-elderly", "#terminal-language");
            k.swipe(SampleCards.ADULT);
            k.awaitTerminal(TerminalScreen.Menu.class, Duration.ofSeconds(10));
            inEveryLook(k, size + "menu", "#terminal-elderly", "#terminal-language");
            k.tap("#menu-cases");
            k.awaitNode("#case-" + inLocker.caseNo());
            inEveryLook(k, size + "cases", "#terminal-elderly", "#terminal-language");
            k.tap("#terminal-menu");
            k.tap("#menu-collect");
            k.awaitNode("#collect-" + inLocker.caseNo());
            inEveryLook(k, size + "collect", "#terminal-elderly", "#terminal-language");
            k.tap("#terminal-menu");
            k.tap("#menu-book");
            k.awaitTerminal(TerminalScreen.BookArea.class, Duration.ofSeconds(10));
            inEveryLook(k, size + "book: areas", "#terminal-elderly", "#terminal-language");
            k.tap("#book-area-social");
            k.awaitTerminal(TerminalScreen.BookSlot.class, Duration.ofSeconds(10));
            inEveryLook(k, size + "book: slots", "#terminal-elderly", "#terminal-language");
            k.tap("#terminal-menu");
            k.tap("#menu-appointments");
            k.awaitTerminal(TerminalScreen.Appointments.class, Duration.ofSeconds(10));
            inEveryLook(k, size + "appointments", "#terminal-elderly", "#terminal-language");
            k.tap("#terminal-menu");
            k.tap("#menu-rate");
            k.awaitTerminal(TerminalScreen.Rate.class, Duration.ofSeconds(10));
            inEveryLook(k, size + "rate", "#terminal-elderly", "#terminal-language");
            var service = ((TerminalScreen.Rate) k.kiosk.terminal().current()).services().get(0);
            k.tap("#rate-" + service.ticketId());
            k.tap("#level-DISSATISFIED");
            k.tap("#reason-LONG_WAIT");
            inEveryLook(k, size + "rate: reasons", "#terminal-elderly", "#terminal-language");
            k.tap("#terminal-menu");
            k.tap("#menu-checklist");
            k.tap("#checklist-area-estate");
            k.awaitTerminal(TerminalScreen.ChecklistItems.class, Duration.ofSeconds(10));
            inEveryLook(k, size + "checklist: items", "#terminal-elderly", "#terminal-language");
        }
        assertThat(problems).isEmpty();
    }

    /** The demo's kiosk on a laptop: a portrait window on a landscape screen shows all of the kiosk. */
    @Test
    void aPortraitWindowOnALandscapeScreenShowsTheWholeKiosk() throws Exception {
        KioskConfig config = KioskUnderTest.withScreen(KioskUnderTest.config(server.url(), server.mqttUrl(), dir,
                Duration.ofSeconds(300)), false, false);
        try (KioskUnderTest k = KioskUnderTest.startOn(config, 1920, 1080)) {
            k.awaitNode("#area-market");
            Scene scene = onFx(k, s -> s);
            assertThat(scene.getWidth()).isLessThanOrEqualTo(1920);
            assertThat(scene.getHeight()).isLessThanOrEqualTo(1080);
            inEveryLook(k, "window on 1920×1080 home", "#elderly-toggle", "#language-toggle");
        }
        assertThat(problems).isEmpty();
    }

    /** Checks the screen as it is, then in elderly mode, in English elderly, in English, and back. */
    private void inEveryLook(KioskUnderTest k, String screen, String elderlyToggle, String languageToggle) {
        String[] looks = {"", " elderly", " English elderly", " English"};
        String[] next = {elderlyToggle, languageToggle, elderlyToggle, languageToggle};
        for (int i = 0; i < looks.length; i++) {
            String look = screen + looks[i];
            onFx(k, WholeOnScreen::problems).forEach(p -> problems.add(look + ": " + p));
            k.tap(next[i]);
        }
    }

    private static <T> T onFx(KioskUnderTest k, java.util.function.Function<Scene, T> check) {
        Object[] result = new Object[1];
        k.robot.interact(() -> {
            Scene scene = k.scene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            result[0] = check.apply(scene);
        });
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
