package org.onewindow.kiosk.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.device.printer.PaperWidth;
import org.onewindow.kiosk.device.printer.SimulatedPrinter;
import org.onewindow.kiosk.turn.TurnSettings;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.testsupport.MutableClock;

/** The 24-hour terminal keeps a card for one turn only, in plain JUnit on a clock the test moves. */
class TerminalTurnTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final HallView HALL = new HallView("linxia", "临夏州政务服务中心", "Linxia", ZONE.getId(), "09:00", "17:30",
            List.of("MONDAY"), List.of(), List.of(), List.of(), 65, false, List.of(), List.of());

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T14:00:00Z"), ZONE);
    private final TerminalRequestsTwin hall = new TerminalRequestsTwin();
    private TerminalFlow terminal;

    private TerminalFlow terminal() {
        if (terminal == null) {
            terminal = new TerminalFlow(HALL, hall, null, new SimulatedPrinter(dir, PaperWidth.MM80),
                    (part, state, words) -> { }, clock, Runnable::run,
                    new TurnSettings(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(5), 65), screen -> { });
            terminal.start();
        }
        return terminal;
    }

    private void seconds(long s) {
        clock.advance(Duration.ofSeconds(s));
        terminal().tick();
    }

    @Test
    void aCardLiftedAndLeftTakesThePersonsAffairsOffTheScreen() {
        terminal().cardRead(SampleCards.ADULT);
        assertThat(terminal().current()).isInstanceOf(TerminalScreen.Menu.class);
        terminal().cardLifted();
        seconds(4);
        assertThat(terminal().current()).isInstanceOf(TerminalScreen.Menu.class);

        seconds(1);
        assertThat(terminal().current()).isInstanceOf(TerminalScreen.Welcome.class);
        assertThat(terminal().identified()).isFalse();
        terminal().menu();
        assertThat(hall.askedAbout).containsExactly("李明");
    }

    @Test
    void aCardLeftLyingGoesAtTheIdleTimeout() {
        terminal().cardRead(SampleCards.ADULT);
        seconds(29);
        assertThat(terminal().identified()).isTrue();

        seconds(1);
        assertThat(terminal().current()).isInstanceOf(TerminalScreen.Welcome.class);
        assertThat(terminal().identified()).isFalse();
    }

    @Test
    void anElderlyCardBringsElderlyModeForItsTurnOnly() {
        terminal().cardRead(SampleCards.ELDERLY);
        assertThat(terminal().elderly()).isTrue();
        seconds(45);
        assertThat(terminal().current()).isInstanceOf(TerminalScreen.Menu.class);

        terminal().home();
        assertThat(terminal().elderly()).isFalse();
        assertThat(terminal().atRest()).isTrue();
    }

    @Test
    void aDeadReaderIsNotOfferedOnTheWelcome() {
        terminal().readerWorking(false);
        assertThat(((TerminalScreen.Welcome) terminal().current()).readerWorking()).isFalse();
        terminal().readerWorking(true);
        assertThat(((TerminalScreen.Welcome) terminal().current()).readerWorking()).isTrue();
    }
}
