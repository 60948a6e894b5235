package org.onewindow.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.device.idcard.IdCard;
import org.onewindow.kiosk.device.printer.PaperStatus;
import org.onewindow.kiosk.device.printer.PrintedTicket;
import org.onewindow.kiosk.device.printer.PrinterException;
import org.onewindow.kiosk.device.printer.TicketPrinter;
import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.client.HallRestClient;
import org.onewindow.protocol.identity.NameMask;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;

/**
 * The citizen's way through the kiosk. Every event method runs on the UI thread; server calls
 * and printing run on the background executor and come back to the UI thread.
 *
 * <p>Nothing is issued twice: a request keeps its id until it is answered, so a retry after the
 * server was unreachable returns the ticket the server may already have made. Nothing is issued
 * that the citizen cannot see: when printing fails the ticket stays on screen with its QR code.
 */
public final class KioskFlow {

    private static final Logger log = LoggerFactory.getLogger(KioskFlow.class);
    /** Appointment codes start so; anything else scanned is not ours. */
    private static final String APPOINTMENT_PREFIX = "OWA1.";

    private final HallView hall;
    private final HallRestClient server;
    private final TicketPrinter printer;
    private final HealthSink health;
    private final Clock clock;
    private final Executor ui;
    private final Executor background;
    private final Duration idle;
    private final String trackingBase;
    private final Consumer<Screen> view;

    private Screen current;
    private IdCard card;
    private Instant lastTouch;
    private Pending pending;
    private boolean reachable = true;
    /** The last identify screen: a notice shown over it can still go on without ID. */
    private Screen.Identify identifying;

    /** A request waiting for its answer; retried with the same id after the server comes back. */
    private record Pending(String description, Supplier<TicketView> call, boolean appointment) {
    }

    public KioskFlow(HallView hall, HallRestClient server, TicketPrinter printer, HealthSink health, Clock clock,
                     Executor ui, Executor background, Duration idle, String trackingBase, Consumer<Screen> view) {
        this.hall = hall;
        this.server = server;
        this.printer = printer;
        this.health = health;
        this.clock = clock;
        this.ui = ui;
        this.background = background;
        this.idle = idle;
        this.trackingBase = trackingBase;
        this.view = view;
        this.lastTouch = clock.instant();
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

    /** Back to the area tiles; forgets the card and anything unfinished. */
    public void home() {
        card = null;
        pending = null;
        show(new Screen.Home("", !reachable));
    }

    /** Nobody is in the middle of anything: the kiosk may change mode now. */
    public boolean atRest() {
        return current instanceof Screen.Home && card == null;
    }

    /** Any touch: the idle countdown starts again. */
    public void touched() {
        lastTouch = clock.instant();
    }

    /**
     * Called every second. Returns the seconds left before going home (for the countdown), or -1
     * on the home screen. Never interrupts the kiosk while it works for the citizen.
     */
    public long tick() {
        if (current instanceof Screen.Home || current instanceof Screen.Working) {
            return -1;
        }
        long left = idle.minus(Duration.between(lastTouch, clock.instant())).toSeconds();
        if (left <= 0) {
            home();
            return -1;
        }
        return left;
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
        if (card != null) {
            issue(area, item, "", identity(card));
        } else {
            show(new Screen.Identify(area, item, ""));
        }
    }

    /** On the identify screen: the citizen asks for the green channel (DISABILITY, PREGNANCY...). */
    public void chooseGreenChannel(String reason) {
        touched();
        if (current instanceof Screen.Identify s) {
            show(new Screen.Identify(s.area(), s.item(), reason));
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
            card = null;
            show(new Screen.Notice("card.expired", "", true));
            return;
        }
        card = read;
        if (current instanceof Screen.Identify s) {
            issue(s.area(), s.item(), s.greenReason(), identity(read));
        } else if (current instanceof Screen.ChooseItem) {
            // Stay: the item is still to be chosen; the card is used when it is.
            show(current);
        } else {
            show(new Screen.Home(NameMask.mask(read.name()), !reachable));
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
        String requestId = UUID.randomUUID().toString();
        send(new Pending("check-in", () -> server.checkIn(new CheckInRequest(requestId, text)), true));
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
            show(new Screen.Home(h.identifiedAs(), !now));
        }
        if (now && current instanceof Screen.Paused && pending != null) {
            retryPending();
        } else if (now && current instanceof Screen.Paused) {
            home();
        }
    }

    private void issue(HallView.Area area, HallView.Item item, String greenReason, Identity identity) {
        IssueTicketRequest request = new IssueTicketRequest(UUID.randomUUID().toString(), area.id(),
                item == null ? null : item.code(), identity, greenReason.isEmpty() ? null : greenReason, null);
        send(new Pending("ticket", () -> server.issueTicket(request), false));
    }

    private void send(Pending request) {
        pending = request;
        show(new Screen.Working("working.issuing"));
        background.execute(() -> {
            try {
                TicketView ticket = request.call().get();
                ui.execute(() -> issued(request, ticket));
            } catch (HallApiException e) {
                ui.execute(() -> refused(request, e));
            } catch (RuntimeException e) {
                log.error("Issuing failed", e);
                ui.execute(() -> refused(request, new HallApiException(0, null, e)));
            }
        });
    }

    private void retryPending() {
        Pending request = pending;
        if (request != null) {
            log.info("Server reachable again: sending the waiting {} request again (same request id)", request.description());
            send(request);
        }
    }

    private void issued(Pending request, TicketView ticket) {
        if (pending != request) {
            return;
        }
        pending = null;
        card = null;
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
        background.execute(() -> {
            String problem = "";
            try {
                printer.print(printout);
                PaperStatus after = printer.status();
                health.report("printer", after.healthState(), after.words());
            } catch (PrinterException e) {
                problem = e.status().words();
                health.report("printer", "FAULT", e.status().words() + "：号票 " + ticket.number() + " 已显示在屏幕上");
            } catch (RuntimeException e) {
                log.error("Printer failed", e);
                problem = "打印机故障";
                health.report("printer", "FAULT", problem);
            }
            String finalProblem = problem;
            ui.execute(() -> {
                touched();
                show(new Screen.Issued(ticket, printout, finalProblem.isEmpty(), finalProblem, false, appointment));
            });
        });
    }

    private void refused(Pending request, HallApiException e) {
        if (pending != request) {
            return;
        }
        touched();
        if (e.unreachable() || e.status() >= 500) {
            reachable = false;
            show(new Screen.Paused(true));
            return;
        }
        pending = null;
        show(Refusals.notice(e));
    }

    private HallView.Area area(String areaId) {
        return hall.areas().stream().filter(a -> a.id().equals(areaId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no area " + areaId + " in hall " + hall.id()));
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
