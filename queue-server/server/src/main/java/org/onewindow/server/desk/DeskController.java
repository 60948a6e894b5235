package org.onewindow.server.desk;

import java.security.Principal;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.DeclineGreenChannelRequest;
import org.onewindow.protocol.rest.GreenChannelRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.audit.AuditTrail;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.LogSafe;

/** The information desk's own operations; who may call them is in security's configuration (staff and guides, never devices). */
@RestController
@RequestMapping("/api/halls/{hall}")
class DeskController {

    private final DeskService desk;
    private final AuditTrail audit;

    DeskController(DeskService desk, AuditTrail audit) {
        this.audit = audit;
        this.desk = desk;
    }

    /** Today's ticket by its printed number (A012): place, estimate and window, the name masked. */
    @GetMapping("/tickets")
    TicketView byNumber(@PathVariable("hall") String hall, @RequestParam(name = "number", required = false) String number,
                        Principal who) {
        TicketView t = desk.byNumber(hall, number);
        audit.record(who.getName(), "lookup", hall, "ticket " + t.number(), AuditTrail.caller(), "by number");
        return t;
    }

    @GetMapping("/green-channel/pending")
    List<GreenChannelRequest> pending(@PathVariable("hall") String hall) {
        return desk.pendingGreen(hall);
    }

    /** 409 NOT_PENDING when the ticket has no request waiting; the ticket keeps its place either way. */
    @PostMapping("/tickets/{ticketId}/green-channel/decline")
    TicketView decline(@PathVariable("hall") String hall, @PathVariable("ticketId") String ticketId,
                       @RequestBody(required = false) DeclineGreenChannelRequest request, Principal who) {
        if (request == null) {
            throw new InvalidFieldException("reason", "is required");
        }
        TicketView t = desk.declineGreen(hall, ticketId, request.reason(), who.getName());
        // Typed words: a line break in them must not start a forged audit line. The event keeps them whole.
        audit.record(who.getName(), "green-decline", hall, "ticket " + t.number(), AuditTrail.caller(),
                "reason=" + LogSafe.of(request.reason().strip()));
        return t;
    }

    /** The QR code a printed ticket carries: the ticket's phone page, the same address as on the kiosk's ticket. */
    @GetMapping(value = "/tickets/{ticketId}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@PathVariable("hall") String hall, @PathVariable("ticketId") String ticketId) {
        TicketView t = desk.ticket(hall, ticketId);
        String url = t.trackingUrl();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.valueOf("image/svg+xml")).body(QrSvg.of(url));
    }
}
