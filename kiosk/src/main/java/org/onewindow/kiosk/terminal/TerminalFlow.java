package org.onewindow.kiosk.terminal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

import org.onewindow.kiosk.device.idcard.IdCard;
import org.onewindow.kiosk.device.printer.PrintedSlip;
import org.onewindow.kiosk.device.printer.TicketPrinter;
import org.onewindow.kiosk.hours.HallCalendar;
import org.onewindow.kiosk.server.HealthSink;
import org.onewindow.kiosk.turn.CitizenFace;
import org.onewindow.kiosk.turn.CitizenTurn;
import org.onewindow.kiosk.turn.TurnSettings;
import org.onewindow.protocol.identity.NameMask;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.RateableService;

/**
 * The citizen's way through the 24-hour terminal. Event methods run on the UI thread; answers from
 * the server, the locker and the printer come back to it. A swiped card is kept only for the
 * citizen's turn ({@link CitizenTurn}): going home (a button, or the idle timeout) forgets it, and
 * so does lifting it and leaving; an answer that comes after the turn ended is dropped.
 */
public final class TerminalFlow extends CitizenFace<TerminalScreen> {

    private final HallView hall;
    private final HallCalendar calendar;
    private final TerminalRequests link;
    private final Clock clock;

    private final TurnWork work;
    private boolean offline;
    private boolean readerWorking = true;
    private List<CaseView> cases = List.of();
    private final TerminalCollection collection;
    private final TerminalBooking booking;
    private final TerminalChecklist checklist;
    private final TerminalRating rating;

    public TerminalFlow(HallView hall, TerminalRequests link, LockerPickup pickup, TicketPrinter printer,
                        HealthSink health, Clock clock, Executor ui, TurnSettings turn, Consumer<TerminalScreen> view) {
        super(new CitizenTurn(clock, ZoneId.of(hall.timeZone()), turn), view);
        this.hall = hall;
        this.calendar = new HallCalendar(hall);
        this.link = link;
        this.clock = clock;
        this.work = new TurnWork(printer, health, ui, this::show, this::touched);
        Turn features = new FlowTurn();
        this.collection = new TerminalCollection(pickup, features);
        this.booking = new TerminalBooking(hall, calendar, link, clock, features);
        this.checklist = new TerminalChecklist(hall, link, features);
        this.rating = new TerminalRating(link, features);
    }

    /** Collecting results from the locker. */
    public TerminalCollection collection() {
        return collection;
    }

    /** Appointments: book, see, print again, cancel. */
    public TerminalBooking booking() {
        return booking;
    }

    /** Printing an item's materials checklist; no card needed. */
    public TerminalChecklist checklist() {
        return checklist;
    }

    /** Rating a service. */
    public TerminalRating rating() {
        return rating;
    }

    public HallView hall() {
        return hall;
    }

    public void start() {
        home();
    }

    /** Back to the welcome screen: the card and everything about the person are forgotten. */
    public void home() {
        work.nextTurn();
        turn.end();
        cases = List.of();
        collection.offer(List.of());
        booking.offer(List.of());
        rating.offer(List.of());
        show(welcome());
    }

    /** Nobody is in the middle of anything: the kiosk may change mode now. */
    public boolean atRest() {
        return current() instanceof TerminalScreen.Welcome && !turn.engaged();
    }

    /** Whether a card has been swiped in this turn. */
    public boolean identified() {
        return turn.card() != null;
    }

    /**
     * Called every second: seconds left before going home, or -1 when there is no countdown. A
     * card lifted and left ends the turn, as every screen past the welcome shows the person's own
     * affairs; an open locker door and a pending answer are never interrupted.
     */
    public long tick() {
        return turn.countdown(current() instanceof TerminalScreen.Working || current() instanceof TerminalScreen.LockerOpen,
                () -> current() instanceof TerminalScreen.Welcome, this::home, this::home);
    }

    /** The broker came (back) within reach or went out of it. */
    public void connected(boolean now) {
        offline = !now;
        if (current() instanceof TerminalScreen.Welcome w && w.offline() == now) {
            show(welcome());
        }
    }

    /** The reader's health: a reader that does not work is not offered. */
    public void readerWorking(boolean now) {
        readerWorking = now;
        if (current() instanceof TerminalScreen.Welcome w && w.readerWorking() != now) {
            show(welcome());
        }
    }

    public void cardRead(IdCard read) {
        touched();
        if (current() instanceof TerminalScreen.Working || current() instanceof TerminalScreen.LockerOpen) {
            return;
        }
        if (read.isExpiredOn(LocalDate.now(clock.withZone(calendar.zone())))) {
            turn.forgetCard();
            show(new TerminalScreen.Notice("card.expired.terminal", "", true));
            return;
        }
        work.nextTurn();
        turn.cardLaid(read);
        menu();
    }

    public void cardRejected(String reason) {
        touched();
        if (!(current() instanceof TerminalScreen.Working) && !(current() instanceof TerminalScreen.LockerOpen)) {
            show(new TerminalScreen.Notice("card.unreadable.terminal", "", true));
        }
    }

    /** A code held to the scanner: appointments are checked in at the hall's queue kiosk, not here. */
    public void codeScanned(String code) {
        touched();
        if (current() instanceof TerminalScreen.Welcome || current() instanceof TerminalScreen.Menu) {
            show(new TerminalScreen.Notice("code.at-terminal", "", false));
        }
    }

    /** The person's menu, with fresh figures: cases, results in the locker, appointments, services to rate. */
    public void menu() {
        touched();
        if (turn.card() == null) {
            home();
            return;
        }
        Identity who = identity();
        CompletableFuture<List<CaseView>> mine = link.myCases(who);
        CompletableFuture<List<CaseView>> locker = link.myLockerResults(who);
        CompletableFuture<List<RateableService>> toRate = link.rateable(who);
        CompletableFuture<List<AppointmentView>> appointments = link.myAppointments(who);
        work.await("working.looking", CompletableFuture.allOf(mine, locker, toRate, appointments), ignored -> {
            cases = mine.join();
            collection.offer(locker.join());
            rating.offer(toRate.join());
            booking.offer(appointments.join());
            show(new TerminalScreen.Menu(NameMask.mask(turn.card().name()), cases.size(), collection.count(), booking.count(),
                    rating.count()));
        });
    }

    public void showCases() {
        touched();
        if (turn.card() != null) {
            show(new TerminalScreen.Cases(cases));
        }
    }

    private Identity identity() {
        return new Identity(turn.card().number(), turn.card().name());
    }

    private TerminalScreen.Welcome welcome() {
        return new TerminalScreen.Welcome(offline, readerWorking);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(calendar.zone()));
    }

    /** The turn as the features see it. */
    private final class FlowTurn implements Turn {
        @Override
        public Identity identity() {
            return turn.card() == null ? null : TerminalFlow.this.identity();
        }

        @Override
        public TerminalScreen current() {
            return TerminalFlow.this.current();
        }

        @Override
        public void show(TerminalScreen screen) {
            TerminalFlow.this.show(screen);
        }

        @Override
        public void touched() {
            TerminalFlow.this.touched();
        }

        @Override
        public <T> void await(String workingKey, CompletableFuture<T> answer, Consumer<T> then) {
            work.await(workingKey, answer, then);
        }

        @Override
        public void print(PrintedSlip slip, Function<String, TerminalScreen> done) {
            work.print(slip, done);
        }

        @Override
        public Executor thisTurn() {
            return work.thisTurn();
        }

        @Override
        public LocalDateTime now() {
            return TerminalFlow.this.now();
        }
    }
}
