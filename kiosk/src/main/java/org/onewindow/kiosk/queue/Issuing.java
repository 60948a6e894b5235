package org.onewindow.kiosk.queue;

import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.device.printer.PrintedTicket;
import org.onewindow.kiosk.device.printer.TicketPrinter;
import org.onewindow.kiosk.server.HealthSink;
import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.TicketView;

/**
 * The queue kiosk's last step, from the request to the ticket on screen and on paper: "please
 * wait", the server's answer, printing, or a pause while the server is out of reach. Nothing is
 * issued that the citizen cannot see: when printing fails the ticket stays on screen with its QR code.
 */
final class Issuing {

    private static final Logger log = LoggerFactory.getLogger(Issuing.class);

    /** What issuing needs of the flow around it. */
    interface Flow {
        void show(Screen screen);

        void touched();

        /** The server answered with a ticket: it is within reach, and the card has served its turn. */
        void answered();

        /** The server could not be reached (or failed): the kiosk pauses. */
        void unreachable();
    }

    private final HallView hall;
    private final String trackingBase;
    private final TicketRequests requests;
    private final TicketPrinting printing;
    private final Flow flow;

    Issuing(HallView hall, String trackingBase, TicketDesk server, TicketPrinter printer, HealthSink health, Executor ui,
            Executor background, Flow flow) {
        this.hall = hall;
        this.trackingBase = trackingBase;
        this.requests = new TicketRequests(server, ui, background, this::issued, this::refused);
        this.printing = new TicketPrinting(printer, health, ui, background);
        this.flow = flow;
    }

    /** A ticket for {@code area} ({@code item} and {@code identity} may be null, {@code greenReason} empty). */
    void ticket(HallView.Area area, HallView.Item item, String greenReason, Identity identity) {
        send(requests.ticket(area, item, greenReason, identity));
    }

    /** An appointment's code checked in: its ticket. */
    void checkIn(String code) {
        send(requests.checkIn(code));
    }

    /** A ticket already held, printed again. */
    void reprint(Screen.Issued shown) {
        PrintedTicket again = Printout.of(hall, shown.ticket(), trackingBase, shown.appointment(), true);
        print(shown.ticket(), again, shown.appointment());
    }

    /** Whether a request waits for the server to come back. */
    boolean waiting() {
        return requests.waiting() != null;
    }

    /** The server is back: the request waiting is sent again, with the same id. */
    void retry() {
        TicketRequests.Pending request = requests.waiting();
        if (request != null) {
            log.info("Server reachable again: sending the waiting {} request again (same request id)", request.description());
            send(request);
        }
    }

    /** The citizen went home: an answer still to come is dropped. */
    void giveUp() {
        requests.giveUp();
    }

    private void send(TicketRequests.Pending request) {
        flow.show(new Screen.Working("working.issuing"));
        requests.send(request);
    }

    private void issued(TicketRequests.Pending request, TicketView ticket) {
        flow.answered();
        PrintedTicket printout = Printout.of(hall, ticket, trackingBase, request.appointment(), false);
        if (ticket.existing()) {
            // A second swipe: show the ticket held, print only when asked.
            flow.show(new Screen.Issued(ticket, printout, false, "", true, request.appointment()));
            return;
        }
        print(ticket, printout, request.appointment());
    }

    private void print(TicketView ticket, PrintedTicket printout, boolean appointment) {
        flow.show(new Screen.Working("working.printing"));
        printing.print(ticket, printout, problem -> {
            flow.touched();
            flow.show(new Screen.Issued(ticket, printout, problem.isEmpty(), problem, false, appointment));
        });
    }

    private void refused(TicketRequests.Pending request, HallApiException e) {
        flow.touched();
        if (e.unreachable() || e.status() >= 500) {
            flow.unreachable();
            return;
        }
        requests.giveUp();
        flow.show(Refusals.notice(e));
    }
}
