package org.onewindow.kiosk.terminal;

import java.util.List;

import org.onewindow.protocol.rest.AppointmentSlot;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.RateableService;

/** What the terminal shows. Text is named by keys; the screen turns them into the chosen language. */
public sealed interface TerminalScreen {

    /**
     * Swipe an ID card; the checklist needs none. {@code offline} while the broker is out of reach;
     * {@code readerWorking} false while the card reader is out of order.
     */
    record Welcome(boolean offline, boolean readerWorking) implements TerminalScreen {
    }

    /** What the swiped person can do, with how many cases, results in the locker, appointments and services to rate. */
    record Menu(String maskedName, int cases, int inLocker, int appointments, int toRate) implements TerminalScreen {
    }

    /** The person's cases and where each stands. */
    record Cases(List<CaseView> cases) implements TerminalScreen {
    }

    /** Results waiting in the locker; one is chosen to collect. */
    record Collect(List<CaseView> ready) implements TerminalScreen {
    }

    /** A slot's door is open: take the result and shut the door. */
    record LockerOpen(CaseView result, int slot) implements TerminalScreen {
    }

    /** The result was taken and the pickup recorded ({@code recorded} false: it will be, shortly). */
    record Collected(CaseView result, int slot, boolean recorded) implements TerminalScreen {
    }

    /** Booking: choose the area. */
    record BookArea(List<HallView.Area> areas) implements TerminalScreen {
    }

    /** Booking: free slots of the area on its next open days. */
    record BookSlot(HallView.Area area, List<AppointmentSlot> slots) implements TerminalScreen {
    }

    /** The person's booked appointments: reprint a slip, or cancel. */
    record Appointments(List<AppointmentView> appointments) implements TerminalScreen {
    }

    /** Asks before cancelling. */
    record ConfirmCancel(AppointmentView appointment) implements TerminalScreen {
    }

    /** Booked; the slip with the check-in code printed, or the code shown when it could not be. */
    record Booked(AppointmentView appointment, boolean printed, String printerProblem) implements TerminalScreen {
    }

    /** Checklist: choose the area. */
    record ChecklistArea(List<HallView.Area> areas) implements TerminalScreen {
    }

    /** Checklist: choose the item. */
    record ChecklistItems(HallView.Area area, List<HallView.Item> items) implements TerminalScreen {
    }

    /** The checklist printed, or shown when it could not be. */
    record ChecklistPrinted(HallView.Item item, boolean printed, String printerProblem) implements TerminalScreen {
    }

    /** The person's services that can still be rated. */
    record Rate(List<RateableService> services) implements TerminalScreen {
    }

    /** Rating one service: a level, and for a bad one the reasons. */
    record RateService(RateableService service, String level, List<String> reasons) implements TerminalScreen {
    }

    /** Waiting for the server, the locker or the printer. */
    record Working(String messageKey) implements TerminalScreen {
    }

    /** Something the citizen must be told, in plain words. {@code alert} for a failure. */
    record Notice(String messageKey, String detail, boolean alert) implements TerminalScreen {
    }
}
