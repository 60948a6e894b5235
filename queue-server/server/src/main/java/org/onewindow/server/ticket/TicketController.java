package org.onewindow.server.ticket;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.ApiError;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;

import org.onewindow.server.audit.AuditTrail;

/** Tickets: issued by kiosks and terminals, read by staff (citizens' phones follow theirs in {@code phone}). */
@RestController
@RequestMapping("/api/halls/{hall}")
class TicketController {

    private final TicketService tickets;
    private final AuditTrail audit;

    TicketController(TicketService tickets, AuditTrail audit) {
        this.audit = audit;
        this.tickets = tickets;
    }

    /** 201 with the new ticket, or 200 when the request was answered before or the person already queues. */
    @PostMapping("/tickets")
    ResponseEntity<TicketView> issue(@PathVariable("hall") String hall, @RequestBody IssueTicketRequest request,
                                     Principal who) {
        IssueResult result = tickets.issue(hall, request, who.getName());
        TicketView t = result.ticket();
        audit.record(who.getName(), "issue", hall, "ticket " + t.number(), AuditTrail.caller(),
                "area=" + t.areaId() + " created=" + result.created());
        return result.created()
                ? ResponseEntity.created(URI.create("/api/halls/" + hall + "/tickets/" + t.ticketId())).body(t)
                : ResponseEntity.ok(t);
    }

    /**
     * A ticket by its id, for staff. Ids count up through the day, so a device's token (shared by
     * everyone at a board or kiosk) would read every ticket of the day by trying them; a device
     * reads a ticket with its unguessable tracking code instead ({@code /track/{code}}).
     */
    @GetMapping("/tickets/{ticketId}")
    ResponseEntity<?> find(@PathVariable("hall") String hall, @PathVariable("ticketId") String ticketId,
                           Authentication who) {
        if (who.getAuthorities().stream().anyMatch(a -> a.getAuthority().startsWith("ROLE_DEVICE_"))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError(HttpStatus.FORBIDDEN.value(), "FORBIDDEN",
                    "devices read a ticket by its tracking code: GET /api/halls/" + hall + "/track/{code}", null));
        }
        return ResponseEntity.ok(tickets.find(hall, ticketId));
    }

    @GetMapping("/areas/{area}/waiting")
    List<TicketView> waiting(@PathVariable("hall") String hall, @PathVariable("area") String area) {
        return tickets.waiting(hall, area);
    }

    @PostMapping("/tickets/{ticketId}/green-channel")
    TicketView greenChannel(@PathVariable("hall") String hall, @PathVariable("ticketId") String ticketId, Principal who) {
        TicketView t = tickets.raiseToGreenChannel(hall, ticketId, who.getName());
        audit.record(who.getName(), "green-channel", hall, "ticket " + t.number(), AuditTrail.caller(),
                "reason=" + t.greenChannel());
        return t;
    }
}
