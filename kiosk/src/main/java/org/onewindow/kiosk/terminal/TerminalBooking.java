package org.onewindow.kiosk.terminal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.onewindow.kiosk.hours.HallCalendar;
import org.onewindow.protocol.rest.AppointmentSlot;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.HallView;

/**
 * Appointments at the terminal: book a free time on the next open days (the slip with its check-in
 * code is printed), see one's appointments, print a lost slip again, cancel one.
 */
public final class TerminalBooking {

    /** Days offered for booking: the next open days, at most this many. */
    static final int BOOKING_DAYS = 3;
    /** How far ahead the server takes bookings (the hall's appointment rules). */
    static final int BOOKING_HORIZON_DAYS = 7;

    private final HallView hall;
    private final HallCalendar calendar;
    private final TerminalRequests link;
    private final Clock clock;
    private final Turn turn;
    private List<AppointmentView> booked = List.of();

    TerminalBooking(HallView hall, HallCalendar calendar, TerminalRequests link, Clock clock, Turn turn) {
        this.hall = hall;
        this.calendar = calendar;
        this.link = link;
        this.clock = clock;
        this.turn = turn;
    }

    /** The person's appointments, as the menu fetched them; empty to forget them. */
    void offer(List<AppointmentView> appointments) {
        booked = List.copyOf(appointments);
    }

    int count() {
        return booked.size();
    }

    public void book() {
        turn.touched();
        if (turn.identity() != null) {
            turn.show(new TerminalScreen.BookArea(hall.areas()));
        }
    }

    /** The area's free slots on its next open days. */
    public void bookArea(String areaId) {
        turn.touched();
        HallView.Area area = hall.areas().stream().filter(a -> a.id().equals(areaId)).findFirst().orElse(null);
        if (turn.identity() == null || area == null) {
            return;
        }
        List<CompletableFuture<List<AppointmentSlot>>> days = new ArrayList<>();
        for (LocalDate day : calendar.workingDaysAfter(clock.instant(), BOOKING_DAYS, BOOKING_HORIZON_DAYS)) {
            days.add(link.slots(areaId, day));
        }
        turn.await("working.looking", CompletableFuture.allOf(days.toArray(CompletableFuture[]::new)), ignored -> {
            List<AppointmentSlot> free = days.stream().flatMap(d -> d.join().stream()).filter(s -> s.free() > 0).toList();
            turn.show(free.isEmpty() ? new TerminalScreen.Notice("book.none-free", "", false)
                    : new TerminalScreen.BookSlot(area, free));
        });
    }

    public void bookSlot(AppointmentSlot slot) {
        turn.touched();
        if (turn.identity() == null) {
            return;
        }
        turn.await("working.booking", link.book(turn.identity(), slot), made -> printSlip(made));
    }

    public void showAppointments() {
        turn.touched();
        if (turn.identity() != null) {
            turn.show(booked.isEmpty() ? new TerminalScreen.Notice("appointments.none", "", false)
                    : new TerminalScreen.Appointments(booked));
        }
    }

    /** A lost slip: the same code, printed again. */
    public void reprintAppointment(String appointmentId) {
        turn.touched();
        booked.stream().filter(a -> a.id().equals(appointmentId)).findFirst().ifPresent(this::printSlip);
    }

    public void askCancel(String appointmentId) {
        turn.touched();
        booked.stream().filter(a -> a.id().equals(appointmentId)).findFirst()
                .ifPresent(a -> turn.show(new TerminalScreen.ConfirmCancel(a)));
    }

    /** Cancelled: the place goes back to the slot for someone else. */
    public void confirmCancel() {
        turn.touched();
        if (turn.current() instanceof TerminalScreen.ConfirmCancel c && turn.identity() != null) {
            turn.await("working.sending", link.cancelAppointment(turn.identity(), c.appointment().id()), cancelled -> {
                booked = booked.stream().filter(a -> !a.id().equals(cancelled.id())).toList();
                turn.show(new TerminalScreen.Notice("appointments.cancelled", cancelled.date() + " " + cancelled.slotStart(),
                        false));
            });
        }
    }

    private void printSlip(AppointmentView appointment) {
        turn.print(Slips.appointment(hall, appointment, turn.now()),
                problem -> new TerminalScreen.Booked(appointment, problem.isEmpty(), problem));
    }
}
