package org.onewindow.kiosk.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.device.idcard.IdCard;
import org.onewindow.kiosk.device.printer.PrintedTicket;
import org.onewindow.kiosk.device.printer.TicketPrinter;
import org.onewindow.kiosk.server.HealthSink;
import org.onewindow.kiosk.turn.CitizenTurn;
import org.onewindow.kiosk.turn.TurnSettings;
import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.identity.NameMask;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.TicketView;

/**
 * The citizen's way through the kiosk. Every event method runs on the UI thread; server calls
 * and printing run on the background executor and come back to the UI thread.
 *
 * <p>Nothing is issued twice ({@link TicketRequests}). Nothing is issued that the citizen cannot see: when printing fails the ticket stays on screen with its QR code.
 * Nobody's identity is lent to the next person: {@link CitizenTurn} says when it is forgotten.
 */
public final class KioskFlow {

    private static final Logger log = LoggerFactory.getLogger(KioskFlow.class);
    /** Appointment codes start so; anything else scanned is not ours. */
    private static final String APPOINTMENT_PREFIX = "OWA1.";

    private final HallView hall;
    private final TicketRequests requests;
    private final TicketPrinting printing;
    private final Clock clock;
    private final CitizenTurn turn;
    private final String trackingBase;
    private final Consumer<Screen> view;

    private Screen current;
    private boolean reachable = true;
    private boolean readerWorking = true;
    /** The last identify screen: a notice shown over it can still go on without ID. */
    private Screen.Identify identifying;

    public KioskFlow(HallView hall, TicketDesk server, TicketPrinter printer, HealthSink health, Clock clock,
                     Executor ui, Executor background, TurnSettings turn, String trackingBase, Consumer<Screen> view) {
        this.hall = hall;
        this.requests = new TicketRequests(server, ui, background, this::issued, this::refused);
        this.printing = new TicketPrinting(printer, health, ui, background);
        this.clock = clock;
        this.turn = new CitizenTurn(clock, ZoneId.of(hall.timeZone()), turn);
        this.trackingBase = trackingBase;
        this.view = view;
    }

    public HallView hall() {
        return hall;
    }

    public Screen current() {
        return current;
    }

    public void start() {
        home();
    }

    /** Back to the area tiles: the turn ends, with the card, elderly mode and anything unfinished. */
    public void home() {
        turn.end();
        requests.giveUp();
        show(homeScreen());
    }

    /** Nobody is in the middle of anything: the kiosk may change mode now. */
    public boolean atRest() {
        return current instanceof Screen.Home && !turn.engaged();
    }

    /** Any touch: the idle countdown starts again. */
    public void touched() {
        turn.touched();
    }

    /** Whether this turn is shown in elderly mode (larger, high-contrast, spoken). */
    public boolean elderly() {
        return turn.elderly();
    }

    /** The citizen's elderly-mode toggle; the screen is drawn again in the new mode. */
    public void toggleElderly() {
        turn.toggleElderly();
        show(current);
    }

    /**
     * Called every second. Returns the seconds left before the turn ends (for the countdown), or
     * -1 when there is nothing to end. Never interrupts the kiosk while it works for the citizen.
     */
    public long tick() {
        return turn.countdown(current instanceof Screen.Working, () -> current instanceof Screen.Home, this::forgetCard,
                this::home);
    }

    /** The card is lifted from the reader: it is forgotten once the screen has been quiet a moment. */
    public void cardLifted() {
        turn.cardLifted();
    }

    /** The reader's health: a reader that does not work is not offered to the citizen. */
    public void readerWorking(boolean now) {
        if (readerWorking != now) {
            readerWorking = now;
            if (current instanceof Screen.Home h) {
                show(new Screen.Home(h.identifiedAs(), h.paused(), now));
            } else if (current instanceof Screen.Identify s) {
                show(new Screen.Identify(s.area(), s.item(), s.greenReason(), now));
            }
        }
    }

    public void chooseArea(String areaId) {
        touched();
        if (!reachable) {
            show(new Screen.Paused(false));
            return;
        }
        HallView.Area area = area(areaId);
        List<HallView.Item> items = hall.items().stream().filter(i -> i.areaId().equals(areaId)).toList();
        if (items.isEmpty()) {
            chooseItem(area, null);
        } else {
            show(new Screen.ChooseItem(area, items));
        }
    }

    /** {@code itemCode} null or empty: no particular item. */
    public void chooseItem(String areaId, String itemCode) {
        touched();
        HallView.Item item = itemCode == null || itemCode.isEmpty() ? null
                : hall.items().stream().filter(i -> i.code().equals(itemCode)).findFirst().orElse(null);
        chooseItem(area(areaId), item);
    }

    private void chooseItem(HallView.Area area, HallView.Item item) {
        if (turn.card() != null) {
            issue(area, item, "", identity(turn.card()));
        } else {
            show(new Screen.Identify(area, item, "", readerWorking));
        }
    }

    /** On the identify screen: the citizen asks for the green channel (DISABILITY, PREGNANCY...). */
    public void chooseGreenChannel(String reason) {
        touched();
        if (current instanceof Screen.Identify s) {
            show(new Screen.Identify(s.area(), s.item(), reason, readerWorking));
        }
    }

    /** On the identify screen: take a ticket without an ID card. */
    public void withoutIdCard() {
        touched();
        if (current instanceof Screen.Identify s) {
            issue(s.area(), s.item(), s.greenReason(), null);
        } else if (current instanceof Screen.Notice && identifying != null) {
            issue(identifying.area(), identifying.item(), identifying.greenReason(), null);
        } else if (current instanceof Screen.Notice) {
            home();
        }
    }

    public void cardRead(IdCard read) {
        touched();
        if (current instanceof Screen.Working) {
            return;
        }
        if (read.isExpiredOn(LocalDate.now(clock.withZone(ZoneId.of(hall.timeZone()))))) {
            turn.forgetCard();
            show(new Screen.Notice("card.expired", "", true));
            return;
        }
        turn.cardLaid(read);
        if (current instanceof Screen.Identify s) {
            issue(s.area(), s.item(), s.greenReason(), identity(read));
        } else if (current instanceof Screen.ChooseItem) {
            // Stay: the item is still to be chosen; the card is used when it is.
            show(current);
        } else {
            show(new Screen.Home(NameMask.mask(read.name()), !reachable, readerWorking));
        }
    }

    public void cardRejected(String reason) {
        touched();
        if (!(current instanceof Screen.Working)) {
            show(new Screen.Notice("card.unreadable", "", true));
        }
    }

    public void codeScanned(String code) {
        touched();
        if (current instanceof Screen.Working) {
            return;
        }
        String text = code.strip();
        if (!text.startsWith(APPOINTMENT_PREFIX)) {
            show(new Screen.Notice("code.unknown", "", false));
            return;
        }
        send(requests.checkIn(text));
    }

    /** On the ticket screen of a ticket already held: print it again. */
    public void reprint() {
        touched();
        if (current instanceof Screen.Issued s) {
            PrintedTicket again = Printout.of(hall, s.ticket(), trackingBase, s.appointment(), true);
            print(s.ticket(), again, s.appointment());
        }
    }

    /** The server answered (or stopped answering) a health probe. */
    public void serverReachable(boolean now) {
        boolean was = reachable;
        reachable = now;
        if (was != now && current instanceof Screen.Home h) {
            show(new Screen.Home(h.identifiedAs(), !now, readerWorking));
        }
        if (now && current instanceof Screen.Paused && requests.waiting() != null) {
            retryPending();
        } else if (now && current instanceof Screen.Paused) {
            home();
        }
    }

    private void issue(HallView.Area area, HallView.Item item, String greenReason, Identity identity) {
        send(requests.ticket(area, item, greenReason, identity));
    }

    private void send(TicketRequests.Pending request) {
        show(new Screen.Working("working.issuing"));
        requests.send(request);
    }

    private void retryPending() {
        TicketRequests.Pending request = requests.waiting();
        if (request != null) {
            log.info("Server reachable again: sending the waiting {} request again (same request id)", request.description());
            send(request);
        }
    }

    private void issued(TicketRequests.Pending request, TicketView ticket) {
        turn.forgetCard();
        reachable = true;
        PrintedTicket printout = Printout.of(hall, ticket, trackingBase, request.appointment(), false);
        if (ticket.existing()) {
            // A second swipe: show the ticket held, print only when asked.
            show(new Screen.Issued(ticket, printout, false, "", true, request.appointment()));
            return;
        }
        print(ticket, printout, request.appointment());
    }

    private void print(TicketView ticket, PrintedTicket printout, boolean appointment) {
        show(new Screen.Working("working.printing"));
        printing.print(ticket, printout, problem -> {
            touched();
            show(new Screen.Issued(ticket, printout, problem.isEmpty(), problem, false, appointment));
        });
    }

    private void refused(TicketRequests.Pending request, HallApiException e) {
        touched();
        if (e.unreachable() || e.status() >= 500) {
            reachable = false;
            show(new Screen.Paused(true));
            return;
        }
        requests.giveUp();
        show(Refusals.notice(e));
    }

    private HallView.Area area(String areaId) {
        return hall.areas().stream().filter(a -> a.id().equals(areaId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no area " + areaId + " in hall " + hall.id()));
    }

    /** The identity goes but the turn stays: the screen no longer names anyone. */
    private void forgetCard() {
        turn.forgetCard();
        if (current instanceof Screen.Home h && !h.identifiedAs().isEmpty()) {
            show(homeScreen());
        }
    }

    private Screen.Home homeScreen() {
        return new Screen.Home("", !reachable, readerWorking);
    }

    private static Identity identity(IdCard card) {
        return new Identity(card.number(), card.name());
    }

    private void show(Screen screen) {
        if (screen instanceof Screen.Identify s) {
            identifying = s;
        } else if (screen instanceof Screen.Home || screen instanceof Screen.Issued) {
            identifying = null;
        }
        current = screen;
        view.accept(screen);
    }
}
