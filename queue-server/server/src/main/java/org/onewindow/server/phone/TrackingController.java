package org.onewindow.server.phone;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.error.NotFoundException;

/**
 * The tracking address a ticket's QR code has always carried, and what the phone page reads: open
 * to anyone who holds the (unguessable) code; no name, ever.
 */
@RestController
@RequestMapping("/api/halls/{hall}/track/{code}")
class TrackingController {

    private final PhoneTracking tracking;
    private final TicketStreams streams;

    TrackingController(PhoneTracking tracking, TicketStreams streams) {
        this.tracking = tracking;
        this.streams = streams;
    }

    /**
     * Place and estimate (or {@code noWindowOpen}), and {@code ratingUrl} once finished. A browser
     * (asking for HTML) is sent to the phone page at the same ticket instead.
     */
    @GetMapping
    ResponseEntity<TicketView> track(@PathVariable("hall") String hall, @PathVariable("code") String code,
                                     @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        if (AcceptsPage.wantsPage(accept)) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(PhoneTracking.pagePath(hall, code)))
                    .build();
        }
        return ResponseEntity.ok(tracking.view(hall, code));
    }

    /** The item the ticket was taken for and the materials to bring; 404 when it was taken for none. */
    @GetMapping("/item")
    HallView.Item item(@PathVariable("hall") String hall, @PathVariable("code") String code) {
        return tracking.item(hall, code).orElseThrow(() -> new NotFoundException("item of ticket", code));
    }

    /**
     * Server-sent events: {@code ticket} with the tracking view at once and whenever it changes; the
     * stream ends when the ticket does. At most {@link TicketStreams#PER_CODE} at a time per code.
     */
    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@PathVariable("hall") String hall, @PathVariable("code") String code) {
        return streams.open(hall, code, tracking.view(hall, code));
    }
}
