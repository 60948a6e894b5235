package org.onewindow.server.remote;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.audit.AuditTrail;
import org.onewindow.server.desk.QrSvg;

/**
 * Remote tickets over REST. Taking, reading and the phone's check-in are open to anyone (the
 * tracking code is the phone's proof, and the scripts hold the limits); the entrance code is for
 * guides and managers, the desk's check-in for guides; who may call what is in security's
 * configuration.
 */
@RestController
class RemoteTicketController {

    private final RemoteTicketService remote;
    private final EntranceTokens entrance;
    private final AuditTrail audit;

    RemoteTicketController(RemoteTicketService remote, EntranceTokens entrance, AuditTrail audit) {
        this.audit = audit;
        this.remote = remote;
        this.entrance = entrance;
    }

    @GetMapping("/api/halls/{hall}/remote-tickets")
    RemoteOffer offer(@PathVariable("hall") String hall) {
        return remote.offer(hall);
    }

    /** 201 with the new ticket, 200 when the request id had been answered (same ticket). */
    @PostMapping("/api/halls/{hall}/remote-tickets")
    ResponseEntity<RemoteTicketView> take(@PathVariable("hall") String hall,
                                          @RequestBody(required = false) RemoteTakeRequest request,
                                          HttpServletRequest http) {
        RemoteTicketService.Taken taken = remote.take(hall, request, http.getRemoteAddr());
        TicketView t = taken.view().ticket();
        if (!taken.created()) {
            return ResponseEntity.ok(taken.view());
        }
        audit.record("phone", "remote-take", hall, "ticket " + t.number(), http.getRemoteAddr(), "area=" + t.areaId());
        return ResponseEntity.created(URI.create("/api/halls/" + hall + "/remote-tickets/" + t.trackingCode()))
                .body(taken.view());
    }

    @GetMapping("/api/halls/{hall}/remote-tickets/{code}")
    RemoteTicketView view(@PathVariable("hall") String hall, @PathVariable("code") String code) {
        return remote.view(hall, code);
    }

    /** The phone's check-in QR code, which a kiosk's scanner reads. */
    @GetMapping(value = "/api/halls/{hall}/remote-tickets/{code}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> checkInQr(@PathVariable("hall") String hall, @PathVariable("code") String code) {
        return svg(QrSvg.of(remote.view(hall, code).checkInCode()));
    }

    /** 200 with the ticket now waiting, also when it had been checked in before. */
    @PostMapping("/api/halls/{hall}/remote-tickets/{code}/check-in")
    TicketView checkInAtEntrance(@PathVariable("hall") String hall, @PathVariable("code") String code,
                                 @RequestBody(required = false) RemoteCheckInRequest request) {
        RemoteTicketService.CheckedIn done = remote.checkInAtEntrance(hall, code, request);
        if (done.changed()) {
            audit.record("phone", "remote-check-in", hall, "ticket " + done.ticket().number(), AuditTrail.caller(), "at=entrance");
        }
        return done.ticket();
    }

    /** The guide checks in a ticket looked up at the desk; 200 also when it had been checked in before. */
    @PostMapping("/api/halls/{hall}/tickets/{ticketId}/check-in")
    TicketView checkInAtDesk(@PathVariable("hall") String hall, @PathVariable("ticketId") String ticketId, Principal who) {
        RemoteTicketService.CheckedIn done = remote.checkInAtDesk(hall, ticketId, who.getName());
        if (done.changed()) {
            audit.record(who.getName(), "remote-check-in", hall, "ticket " + done.ticket().number(), AuditTrail.caller(), "at=desk");
        }
        return done.ticket();
    }

    /** The entrance screen's current code and the address its QR code carries. */
    @GetMapping("/api/halls/{hall}/entrance-code")
    EntranceCode entranceCode(@PathVariable("hall") String hall) {
        String token = entrance.current(hall);
        return new EntranceCode(token, remote.arriveUrl(hall, token), entrance.nextChange());
    }

    @GetMapping(value = "/api/halls/{hall}/entrance-code/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> entranceQr(@PathVariable("hall") String hall) {
        return svg(QrSvg.of(remote.arriveUrl(hall, entrance.current(hall))));
    }

    /**
     * @param token      what the phone posts back
     * @param url        the address the entrance QR code carries
     * @param changesAt  when the screen should show the next code
     */
    record EntranceCode(String token, String url, Instant changesAt) {
    }

    private static ResponseEntity<String> svg(String body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.valueOf("image/svg+xml"))
                .body(body);
    }
}
