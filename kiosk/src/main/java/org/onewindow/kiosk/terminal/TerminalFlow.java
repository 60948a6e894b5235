package org.onewindow.kiosk.terminal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.onewindow.kiosk.device.idcard.IdCard;
import org.onewindow.kiosk.device.printer.PrintedSlip;
import org.onewindow.kiosk.device.printer.PrinterException;
import org.onewindow.kiosk.device.printer.TicketPrinter;
import org.onewindow.kiosk.flow.HealthSink;
import org.onewindow.kiosk.hours.HallCalendar;
import org.onewindow.protocol.identity.NameMask;
import org.onewindow.protocol.message.RatingLevel;
import org.onewindow.protocol.rest.AppointmentSlot;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.RateableService;

/**
 * The citizen's way through the 24-hour terminal. Event methods run on the UI thread; answers from
 * the server, the locker and the printer come back to it. A swiped card is kept only for the
 * citizen's turn: going home (a button, or the idle timeout) forgets it, and an answer that comes
 * after the turn ended is dropped.
 */
public final class TerminalFlow {

    /** Days offered for booking: the next open days, at most this many. */
    static final int BOOKING_DAYS = 3;
    /** How far ahead the server takes bookings (the hall's appointment rules). */
    static final int BOOKING_HORIZON_DAYS = 7;

    private final HallView hall;
    private final HallCalendar calendar;
    private final TerminalLink link;
    private final LockerPickup pickup;
    private final TicketPrinter printer;
    private final HealthSink health;
    private final Clock clock;
    private final Executor ui;
    private final Duration idle;
    private final Consumer<TerminalScreen> view;

    private TerminalScreen current;
    private IdCard card;
    private Instant lastTouch;
    /** Counts citizens' turns: an answer for an earlier turn is not shown to the next person. */
    private long turn;
    private boolean offline;
    private List<CaseView> cases = List.of();
    private List<CaseView> inLocker = List.of();
    private List<RateableService> rateable = List.of();
    private List<AppointmentView> booked = List.of();

    public TerminalFlow(HallView hall, TerminalLink link, LockerPickup pickup, TicketPrinter printer, HealthSink health,
                        Clock clock, Executor ui, Duration idle, Consumer<TerminalScreen> view) {
        this.hall = hall;
        this.calendar = new HallCalendar(hall);
        this.link = link;
        this.pickup = pickup;
        this.printer = printer;
        this.health = health;
        this.clock = clock;
        this.ui = ui;
        this.idle = idle;
        this.view = view;
        this.lastTouch = clock.instant();
    }

    public HallView hall() {
        return hall;
    }

    public TerminalScreen current() {
        return current;
    }

    public void start() {
        home();
    }

    /** Back to the welcome screen: the card and everything about the person are forgotten. */
    public void home() {
        turn++;
        card = null;
        cases = List.of();
        inLocker = List.of();
        rateable = List.of();
        booked = List.of();
        show(new TerminalScreen.Welcome(offline));
    }

    /** Nobody is in the middle of anything: the kiosk may change mode now. */
    public boolean atRest() {
        return current instanceof TerminalScreen.Welcome;
    }

    /** Whether a card has been swiped in this turn. */
    public boolean identified() {
        return card != null;
    }

    public void touched() {
        lastTouch = clock.instant();
    }

    /** Called every second: seconds left before going home, or -1 when there is no countdown. */
    public long tick() {
        if (current instanceof TerminalScreen.Welcome || current instanceof TerminalScreen.Working
                || current instanceof TerminalScreen.LockerOpen) {
            return -1;
        }
        long left = idle.minus(Duration.between(lastTouch, clock.instant())).toSeconds();
        if (left <= 0) {
            home();
            return -1;
        }
        return left;
    }

    /** The broker came (back) within reach or went out of it. */
    public void connected(boolean now) {
        offline = !now;
        if (current instanceof TerminalScreen.Welcome w && w.offline() == now) {
            show(new TerminalScreen.Welcome(offline));
        }
    }

    public void cardRead(IdCard read) {
        touched();
        if (current instanceof TerminalScreen.Working || current instanceof TerminalScreen.LockerOpen) {
            return;
        }
        if (read.isExpiredOn(LocalDate.now(clock.withZone(calendar.zone())))) {
            show(new TerminalScreen.Notice("card.expired.terminal", "", true));
            return;
        }
        turn++;
        card = read;
        menu();
    }

    public void cardRejected(String reason) {
        touched();
        if (!(current instanceof TerminalScreen.Working) && !(current instanceof TerminalScreen.LockerOpen)) {
            show(new TerminalScreen.Notice("card.unreadable.terminal", "", true));
        }
    }

    /** A code held to the scanner: appointments are checked in at the hall's queue kiosk, not here. */
    public void codeScanned(String code) {
        touched();
        if (current instanceof TerminalScreen.Welcome || current instanceof TerminalScreen.Menu) {
            show(new TerminalScreen.Notice("code.at-terminal", "", false));
        }
    }

    /** The person's menu, with fresh figures: cases, results in the locker, appointments, services to rate. */
    public void menu() {
        touched();
        if (card == null) {
            home();
            return;
        }
        Identity who = identity();
        CompletableFuture<List<CaseView>> mine = link.myCases(who);
        CompletableFuture<List<CaseView>> locker = link.myLockerResults(who);
        CompletableFuture<List<RateableService>> toRate = link.rateable(who);
        CompletableFuture<List<AppointmentView>> appointments = link.myAppointments(who);
        await("working.looking", CompletableFuture.allOf(mine, locker, toRate, appointments), ignored -> {
            cases = mine.join();
            inLocker = locker.join();
            rateable = toRate.join().stream().filter(s -> !s.rated()).toList();
            booked = appointments.join();
            show(new TerminalScreen.Menu(NameMask.mask(card.name()), cases.size(), inLocker.size(), booked.size(),
                    rateable.size()));
        });
    }

    public void showCases() {
        touched();
        if (card != null) {
            show(new TerminalScreen.Cases(cases));
        }
    }

    public void collect() {
        touched();
        if (card == null) {
            return;
        }
        if (pickup == null) {
            show(new TerminalScreen.Notice("locker.none-here", "", false));
        } else if (inLocker.isEmpty()) {
            show(new TerminalScreen.Notice("locker.nothing", "", false));
        } else {
            show(new TerminalScreen.Collect(inLocker));
        }
    }

    /** Opens the result's slot, waits for the door to shut with the result gone, records the pickup. */
    public void collect(String caseNo) {
        touched();
        CaseView result = inLocker.stream().filter(c -> c.caseNo().equals(caseNo)).findFirst().orElse(null);
        if (card == null || result == null || pickup == null) {
            return;
        }
        long mine = turn;
        show(new TerminalScreen.Working("working.opening"));
        pickup.collect(identity(), result, new LockerPickup.Listener() {
            @Override
            public void opened(int slot) {
                onUi(mine, () -> show(new TerminalScreen.LockerOpen(result, slot)));
            }

            @Override
            public void collected(int slot, boolean recorded) {
                onUi(mine, () -> {
                    inLocker = inLocker.stream().filter(c -> !c.caseNo().equals(caseNo)).toList();
                    touched();
                    show(new TerminalScreen.Collected(result, slot, recorded));
                });
            }

            @Override
            public void failed(String messageKey, int slot) {
                onUi(mine, () -> {
                    touched();
                    show(new TerminalScreen.Notice(messageKey, slot > 0 ? Integer.toString(slot) : "", true));
                });
            }
        });
    }

    public void book() {
        touched();
        if (card != null) {
            show(new TerminalScreen.BookArea(hall.areas()));
        }
    }

    /** The area's free slots on its next open days. */
    public void bookArea(String areaId) {
        touched();
        HallView.Area area = area(areaId);
        if (card == null || area == null) {
            return;
        }
        List<CompletableFuture<List<AppointmentSlot>>> days = new ArrayList<>();
        for (LocalDate day : calendar.workingDaysAfter(clock.instant(), BOOKING_DAYS, BOOKING_HORIZON_DAYS)) {
            days.add(link.slots(areaId, day));
        }
        await("working.looking", CompletableFuture.allOf(days.toArray(CompletableFuture[]::new)), ignored -> {
            List<AppointmentSlot> free = days.stream().flatMap(d -> d.join().stream()).filter(s -> s.free() > 0).toList();
            show(free.isEmpty() ? new TerminalScreen.Notice("book.none-free", "", false)
                    : new TerminalScreen.BookSlot(area, free));
        });
    }

    public void bookSlot(AppointmentSlot slot) {
        touched();
        if (card == null) {
            return;
        }
        await("working.booking", link.book(identity(), slot), booked -> {
            PrintedSlip slip = Slips.appointment(hall, booked, now());
            print(slip, problem -> new TerminalScreen.Booked(booked, problem.isEmpty(), problem));
        });
    }

    public void showAppointments() {
        touched();
        if (card != null) {
            show(booked.isEmpty() ? new TerminalScreen.Notice("appointments.none", "", false)
                    : new TerminalScreen.Appointments(booked));
        }
    }

    /** A lost slip: the same code, printed again. */
    public void reprintAppointment(String appointmentId) {
        touched();
        booked.stream().filter(a -> a.id().equals(appointmentId)).findFirst().ifPresent(a ->
                print(Slips.appointment(hall, a, now()), problem -> new TerminalScreen.Booked(a, problem.isEmpty(), problem)));
    }

    public void askCancel(String appointmentId) {
        touched();
        booked.stream().filter(a -> a.id().equals(appointmentId)).findFirst()
                .ifPresent(a -> show(new TerminalScreen.ConfirmCancel(a)));
    }

    /** Cancelled: the place goes back to the slot for someone else. */
    public void confirmCancel() {
        touched();
        if (current instanceof TerminalScreen.ConfirmCancel c && card != null) {
            await("working.sending", link.cancelAppointment(identity(), c.appointment().id()), cancelled -> {
                booked = booked.stream().filter(a -> !a.id().equals(cancelled.id())).toList();
                show(new TerminalScreen.Notice("appointments.cancelled", cancelled.date() + " " + cancelled.slotStart(), false));
            });
        }
    }

    /** Anyone may print a checklist; no card needed. */
    public void checklist() {
        touched();
        show(new TerminalScreen.ChecklistArea(hall.areas().stream()
                .filter(a -> hall.items().stream().anyMatch(i -> i.areaId().equals(a.id()))).toList()));
    }

    public void checklistArea(String areaId) {
        touched();
        HallView.Area area = area(areaId);
        if (area != null) {
            show(new TerminalScreen.ChecklistItems(area, hall.items().stream().filter(i -> i.areaId().equals(areaId)).toList()));
        }
    }

    public void printChecklist(String itemCode) {
        touched();
        await("working.printing", link.checklist(itemCode), item ->
                print(Slips.checklist(hall, item, now()), problem -> new TerminalScreen.ChecklistPrinted(item, problem.isEmpty(), problem)));
    }

    public void rate() {
        touched();
        if (card == null) {
            return;
        }
        show(rateable.isEmpty() ? new TerminalScreen.Notice("rate.nothing", "", false) : new TerminalScreen.Rate(rateable));
    }

    public void rateService(String ticketId) {
        touched();
        rateable.stream().filter(s -> s.ticketId().equals(ticketId)).findFirst()
                .ifPresent(s -> show(new TerminalScreen.RateService(s, "", List.of())));
    }

    /** A level chosen: a good one is sent at once; a bad one asks for the reasons first. */
    public void chooseLevel(String level) {
        touched();
        if (current instanceof TerminalScreen.RateService s) {
            if (RatingLevel.valueOf(level).bad()) {
                show(new TerminalScreen.RateService(s.service(), level, List.of()));
            } else {
                sendRating(s.service(), level, List.of());
            }
        }
    }

    public void toggleReason(String reason) {
        touched();
        if (current instanceof TerminalScreen.RateService s && !s.level().isEmpty()) {
            List<String> reasons = new ArrayList<>(s.reasons());
            if (!reasons.remove(reason)) {
                reasons.add(reason);
            }
            show(new TerminalScreen.RateService(s.service(), s.level(), reasons));
        }
    }

    public void submitRating() {
        touched();
        if (current instanceof TerminalScreen.RateService s && !s.level().isEmpty() && !s.reasons().isEmpty()) {
            sendRating(s.service(), s.level(), s.reasons());
        }
    }

    private void sendRating(RateableService service, String level, List<String> reasons) {
        await("working.sending", link.rate(identity(), service.ticketId(), level, reasons), rating -> {
            rateable = rateable.stream().filter(r -> !r.ticketId().equals(service.ticketId())).toList();
            show(new TerminalScreen.Notice("rate.thanks", service.ticketNumber(), false));
        });
    }

    /** Shows "please wait", then the answer's screen; a failure is told in plain words. */
    private <T> void await(String workingKey, CompletableFuture<T> answer, Consumer<T> then) {
        long mine = turn;
        show(new TerminalScreen.Working(workingKey));
        answer.whenComplete((value, failure) -> onUi(mine, () -> {
            touched();
            if (failure != null) {
                show(TerminalRefusals.notice(failure));
            } else {
                then.accept(value);
            }
        }));
    }

    /** Prints on a worker thread, then shows what {@code done} makes of the printer's problem (empty: printed). */
    private void print(PrintedSlip slip, java.util.function.Function<String, TerminalScreen> done) {
        long mine = turn;
        show(new TerminalScreen.Working("working.printing"));
        CompletableFuture.supplyAsync(() -> {
            try {
                printer.print(slip);
                var after = printer.status();
                health.report("printer", after.healthState(), after.words());
                return "";
            } catch (PrinterException e) {
                health.report("printer", "FAULT", e.status().words());
                return e.status().words();
            }
        }).whenComplete((problem, failure) -> onUi(mine, () -> {
            touched();
            show(done.apply(failure != null ? "打印机故障" : problem));
        }));
    }

    private void onUi(long forTurn, Runnable action) {
        ui.execute(() -> {
            if (turn == forTurn) {
                action.run();
            }
        });
    }

    private HallView.Area area(String areaId) {
        return hall.areas().stream().filter(a -> a.id().equals(areaId)).findFirst().orElse(null);
    }

    private Identity identity() {
        return new Identity(card.number(), card.name());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(calendar.zone()));
    }

    private void show(TerminalScreen screen) {
        current = screen;
        view.accept(screen);
    }
}
