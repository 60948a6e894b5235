package org.onewindow.kiosk.queue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import org.onewindow.kiosk.device.idcard.IdCard;
import org.onewindow.kiosk.device.printer.TicketPrinter;
import org.onewindow.kiosk.server.HealthSink;
import org.onewindow.kiosk.turn.CitizenFace;
import org.onewindow.kiosk.turn.CitizenTurn;
import org.onewindow.kiosk.turn.TurnSettings;
import org.onewindow.protocol.identity.NameMask;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.Identity;

/**
 * The citizen's way through the kiosk. Every event method runs on the UI thread; server calls
 * and printing run on the background executor and come back to the UI thread.
 *
 * <p>Nothing is issued twice ({@link TicketRequests}), nor unseen ({@link Issuing}). Nobody's
 * identity is lent to the next person: {@link CitizenTurn} says when it is forgotten.
 */
public final class KioskFlow extends CitizenFace<Screen> {

    /** Appointment codes start so; anything else scanned is not ours. */
    private static final String APPOINTMENT_PREFIX = "OWA1.";
    /**
     * A ticket taken by phone shows a code that starts so: scanned here it is checked in and
     * printed like an appointment's ticket, through the same request.
     */
    private static final String REMOTE_TICKET_PREFIX = "OWR1.";

    private final HallView hall;
    private final Issuing issuing;
    private final NumberKeypad keypad;
    private final Clock clock;

    private boolean reachable = true;
    private boolean readerWorking = true;
    /** The last identify screen: a notice shown over it can still go on without ID. */
    private Screen.Identify identifying;

    public KioskFlow(HallView hall, TicketDesk server, TicketPrinter printer, HealthSink health, Clock clock,
                     Executor ui, Executor background, TurnSettings turn, String trackingBase, Consumer<Screen> view) {
        super(new CitizenTurn(clock, ZoneId.of(hall.timeZone()), turn), view);
        this.hall = hall;
        this.issuing = new Issuing(hall, trackingBase, server, printer, health, ui, background, new IssuingFlow());
        this.keypad = new NumberKeypad(server, ui, background, new KeypadFlow());
        this.clock = clock;
    }

    public HallView hall() {
        return hall;
    }

    /** The keypad for a mobile number, over the ticket screen. */
    public NumberKeypad keypad() {
        return keypad;
    }

    public void start() {
        home();
    }

    /** Back to the area tiles: the turn ends, with the card, elderly mode and anything unfinished. */
    public void home() {
        turn.end();
        issuing.giveUp();
        keypad.giveUp();
        show(homeScreen());
    }

    /** Nobody is in the middle of anything: the kiosk may change mode now. */
    public boolean atRest() {
        return current() instanceof Screen.Home && !turn.engaged();
    }

    /**
     * Called every second. Returns the seconds left before the turn ends (for the countdown), or
     * -1 when there is nothing to end. Never interrupts the kiosk while it works for the citizen.
     */
    public long tick() {
        return turn.countdown(current() instanceof Screen.Working, () -> current() instanceof Screen.Home, this::forgetCard,
                this::home);
    }

    /** The reader's health: a reader that does not work is not offered to the citizen. */
    public void readerWorking(boolean now) {
        if (readerWorking != now) {
            readerWorking = now;
            if (current() instanceof Screen.Home h) {
                show(new Screen.Home(h.identifiedAs(), h.paused(), now));
            } else if (current() instanceof Screen.Identify s) {
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
        if (current() instanceof Screen.Identify s) {
            show(new Screen.Identify(s.area(), s.item(), reason, readerWorking));
        }
    }

    /** On the identify screen: take a ticket without an ID card. */
    public void withoutIdCard() {
        touched();
        if (current() instanceof Screen.Identify s) {
            issue(s.area(), s.item(), s.greenReason(), null);
        } else if (current() instanceof Screen.Notice && identifying != null) {
            issue(identifying.area(), identifying.item(), identifying.greenReason(), null);
        } else if (current() instanceof Screen.Notice) {
            home();
        }
    }

    public void cardRead(IdCard read) {
        touched();
        if (current() instanceof Screen.Working) {
            return;
        }
        if (read.isExpiredOn(LocalDate.now(clock.withZone(ZoneId.of(hall.timeZone()))))) {
            turn.forgetCard();
            show(new Screen.Notice("card.expired", "", true));
            return;
        }
        turn.cardLaid(read);
        if (current() instanceof Screen.Identify s) {
            issue(s.area(), s.item(), s.greenReason(), identity(read));
        } else if (current() instanceof Screen.ChooseItem) {
            // Stay: the item is still to be chosen; the card is used when it is.
            show(current());
        } else {
            show(new Screen.Home(NameMask.mask(read.name()), !reachable, readerWorking));
        }
    }

    public void cardRejected(String reason) {
        touched();
        if (!(current() instanceof Screen.Working)) {
            show(new Screen.Notice("card.unreadable", "", true));
        }
    }

    public void codeScanned(String code) {
        touched();
        if (current() instanceof Screen.Working) {
            return;
        }
        String text = code.strip();
        if (!text.startsWith(APPOINTMENT_PREFIX) && !text.startsWith(REMOTE_TICKET_PREFIX)) {
            show(new Screen.Notice("code.unknown", "", false));
            return;
        }
        issuing.checkIn(text);
    }

    /** On the ticket screen of a ticket already held: print it again. */
    public void reprint() {
        touched();
        if (current() instanceof Screen.Issued s) {
            issuing.reprint(s);
        }
    }

    /** The server answered (or stopped answering) a health probe. */
    public void serverReachable(boolean now) {
        boolean was = reachable;
        reachable = now;
        if (was != now && current() instanceof Screen.Home h) {
            show(new Screen.Home(h.identifiedAs(), !now, readerWorking));
        }
        if (now && current() instanceof Screen.Paused && issuing.waiting()) {
            issuing.retry();
        } else if (now && current() instanceof Screen.Paused) {
            home();
        }
    }

    private void issue(HallView.Area area, HallView.Item item, String greenReason, Identity identity) {
        issuing.ticket(area, item, greenReason, identity);
    }

    private HallView.Area area(String areaId) {
        return hall.areas().stream().filter(a -> a.id().equals(areaId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no area " + areaId + " in hall " + hall.id()));
    }

    /** The identity goes but the turn stays: the screen no longer names anyone. */
    private void forgetCard() {
        turn.forgetCard();
        if (current() instanceof Screen.Home h && !h.identifiedAs().isEmpty()) {
            show(homeScreen());
        }
    }

    private Screen.Home homeScreen() {
        return new Screen.Home("", !reachable, readerWorking);
    }

    private static Identity identity(IdCard card) {
        return new Identity(card.number(), card.name());
    }

    @Override
    protected void show(Screen screen) {
        if (screen instanceof Screen.Identify s) {
            identifying = s;
        } else if (screen instanceof Screen.Home || screen instanceof Screen.Issued) {
            identifying = null;
        }
        super.show(screen);
    }

    /** The flow as the number keypad sees it. */
    private final class KeypadFlow implements NumberKeypad.Flow {
        @Override
        public Object current() {
            return KioskFlow.this.current();
        }

        @Override
        public void show(Screen screen) {
            KioskFlow.this.show(screen);
        }

        @Override
        public void touched() {
            KioskFlow.this.touched();
        }

        @Override
        public boolean elderly() {
            return KioskFlow.this.elderly();
        }
    }

    /** The flow as its last step sees it. */
    private final class IssuingFlow implements Issuing.Flow {
        @Override
        public void show(Screen screen) {
            KioskFlow.this.show(screen);
        }

        @Override
        public void touched() {
            KioskFlow.this.touched();
        }

        @Override
        public void answered() {
            turn.forgetCard();
            reachable = true;
        }

        @Override
        public void unreachable() {
            reachable = false;
            KioskFlow.this.show(new Screen.Paused(true));
        }
    }
}
