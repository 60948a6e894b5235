package org.onewindow.kiosk.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.onewindow.kiosk.config.KioskMode;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.testsupport.MutableClock;

/** Which face the kiosk shows, by the hall's hours and the citizen's turn. */
class ModeScheduleTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-12-01 is a Tuesday; 2026-12-05 a Saturday. */
    private static final HallView HALL = new HallView("h", "中心", "Centre", ZONE.getId(), "09:00", "17:30",
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), List.of(), List.of(), List.of(), 65, false,
            List.of("2026-12-02"), List.of("2026-12-05"));
    private final MutableClock clock = new MutableClock(at("2026-12-01T12:00"), ZONE);

    private static java.time.Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }

    private ModeSchedule schedule(KioskMode mode) {
        return new ModeSchedule(mode, new HallCalendar(HALL), clock);
    }

    @Test
    void autoIsTheQueueKioskWhileOpenAndTheTerminalOutsideOpeningHours() {
        ModeSchedule auto = schedule(KioskMode.AUTO);
        assertThat(auto.terminalDue()).isFalse();
        clock.set(at("2026-12-01T17:30"));
        assertThat(auto.terminalDue()).isTrue();
        clock.set(at("2026-12-01T08:59"));
        assertThat(auto.terminalDue()).isTrue();
        clock.set(at("2026-12-02T10:00"));
        assertThat(auto.terminalDue()).as("a holiday").isTrue();
        clock.set(at("2026-12-05T10:00"));
        assertThat(auto.terminalDue()).as("a Saturday worked in place of a holiday").isFalse();
    }

    @Test
    void autoNeverSwitchesInTheMiddleOfATurn() {
        ModeSchedule auto = schedule(KioskMode.AUTO);
        clock.set(at("2026-12-01T17:30:05"));

        assertThat(auto.showTerminal(false, false)).isFalse();
        assertThat(auto.showTerminal(false, true)).isTrue();

        clock.set(at("2026-12-03T09:00:05"));
        assertThat(auto.showTerminal(true, false)).isTrue();
        assertThat(auto.showTerminal(true, true)).isFalse();
    }

    @Test
    void queueAndTerminalKiosksNeverSwitch() {
        clock.set(at("2026-12-01T23:00"));
        assertThat(schedule(KioskMode.QUEUE).showTerminal(false, true)).isFalse();
        clock.set(at("2026-12-01T12:00"));
        assertThat(schedule(KioskMode.TERMINAL).showTerminal(true, true)).isTrue();
    }
}
