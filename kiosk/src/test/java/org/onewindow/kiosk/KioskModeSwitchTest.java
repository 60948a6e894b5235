package org.onewindow.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import org.onewindow.kiosk.config.KioskMode;
import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.hours.HallCalendar;
import org.onewindow.kiosk.queue.Screen;
import org.onewindow.kiosk.terminal.TerminalScreen;
import org.onewindow.kiosk.testsupport.KioskAgainstServer;
import org.onewindow.kiosk.testsupport.KioskUnderTest;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.testsupport.MutableClock;

/**
 * A hall kiosk in AUTO mode becomes the 24-hour terminal at closing time and the queue kiosk again
 * at opening, by itself, and never while a citizen is in the middle of a turn.
 */
class KioskModeSwitchTest extends KioskAgainstServer {


    @Test
    void theKioskBecomesTheTerminalAtClosingAndTheQueueKioskAtOpening() throws Exception {
        HallView hall = server.manager().hall();
        ZoneId zone = ZoneId.of(hall.timeZone());
        HallCalendar calendar = new HallCalendar(hall);
        LocalDate day = calendar.workingDaysAfter(Instant.now(), 1, 14).get(0);
        LocalDate nextDay = calendar.workingDaysAfter(at(day, LocalTime.NOON, zone), 1, 14).get(0);
        // Moments apart, so that no idle timeout sends anyone home meanwhile.
        LocalTime closes = LocalTime.parse(hall.closes());
        LocalTime opens = LocalTime.parse(hall.opens());
        MutableClock clock = new MutableClock(at(day, closes.minusSeconds(20), zone), zone);
        var config = KioskUnderTest.withMode(KioskUnderTest.config(server.url(), server.mqttUrl(), dir,
                Duration.ofSeconds(60)), KioskMode.AUTO);
        k = KioskUnderTest.start(config, clock);
        k.awaitScreen(Screen.Home.class, Duration.ofSeconds(10));
        assertThat(k.kiosk.terminalShown()).isFalse();

        // A citizen choosing an area just before closing finishes the turn on the queue kiosk.
        k.tap("#area-social");
        clock.set(at(day, closes.plusSeconds(5), zone));
        tick();
        assertThat(k.kiosk.terminalShown()).isFalse();
        k.tap("#home-button");
        tick();
        k.awaitTerminal(TerminalScreen.Welcome.class, Duration.ofSeconds(5));

        // At opening the next working day, a citizen at the terminal is not cut off either.
        clock.set(at(nextDay, opens.minusSeconds(20), zone));
        tick();
        assertThat(k.kiosk.terminalShown()).isTrue();
        k.swipe(SampleCards.ADULT);
        k.awaitTerminal(TerminalScreen.Menu.class, Duration.ofSeconds(10));
        clock.set(at(nextDay, opens.plusSeconds(5), zone));
        tick();
        assertThat(k.kiosk.terminalShown()).isTrue();
        k.tap("#terminal-home");
        tick();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !k.kiosk.terminalShown());
        assertThat(k.kiosk.flow().current()).isInstanceOf(Screen.Home.class);
        k.awaitNode("#area-social");
    }

    @Test
    void aKioskStartedAtNightIsTheTerminal() throws Exception {
        HallView hall = server.manager().hall();
        ZoneId zone = ZoneId.of(hall.timeZone());
        LocalDate day = new HallCalendar(hall).workingDaysAfter(Instant.now(), 1, 14).get(0);
        MutableClock clock = new MutableClock(at(day, LocalTime.of(22, 30), zone), zone);
        k = KioskUnderTest.start(KioskUnderTest.withMode(KioskUnderTest.config(server.url(), server.mqttUrl(), dir,
                Duration.ofSeconds(60)), KioskMode.AUTO), clock);
        k.awaitTerminal(TerminalScreen.Welcome.class, Duration.ofSeconds(5));
        assertThat(k.text("#terminal-badge")).isEqualTo("24小时自助服务");
    }

    private static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    /** The kiosk's once-a-second tick, now: the switch happens (or rightly does not) at this moment. */
    private void tick() {
        k.robot.interact(k.kiosk::tick);
    }
}
