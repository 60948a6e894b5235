package org.onewindow.kiosk.hours;

import java.time.Clock;

import org.onewindow.kiosk.config.KioskMode;

/**
 * Which face the kiosk shows: the queue kiosk or the 24-hour terminal. A QUEUE or TERMINAL kiosk
 * is always the one; an AUTO kiosk is the queue kiosk while the hall is open and the terminal
 * outside opening hours, and changes only when nobody is in the middle of a turn, so a citizen
 * choosing an area a minute before closing still gets the ticket.
 */
public final class ModeSchedule {

    private final KioskMode mode;
    private final HallCalendar calendar;
    private final Clock clock;

    public ModeSchedule(KioskMode mode, HallCalendar calendar, Clock clock) {
        this.mode = mode;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Whether the terminal is the face to show now, turns aside. */
    public boolean terminalDue() {
        return switch (mode) {
            case TERMINAL -> true;
            case QUEUE -> false;
            case AUTO -> !calendar.isOpen(clock.instant());
        };
    }

    /**
     * The face to show from now on, given the one shown and whether its citizen's turn is at rest
     * (nobody identified, nothing under way).
     */
    public boolean showTerminal(boolean terminalShown, boolean atRest) {
        return atRest ? terminalDue() : terminalShown;
    }
}
