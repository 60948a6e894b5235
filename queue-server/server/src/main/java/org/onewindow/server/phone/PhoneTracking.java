package org.onewindow.server.phone;

import java.util.Optional;

import org.springframework.stereotype.Service;

import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.HallViews;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.rating.RatingService;
import org.onewindow.server.ticket.TicketService;
import org.onewindow.server.ticket.TrackingLinks;

/**
 * What anyone holding a ticket's tracking code may read of it: the view a kiosk is given, without
 * the name, and once the service finished the link to rate it. Reads only; nothing here changes
 * the hall.
 */
@Service
class PhoneTracking {

    /** How a page address resolves. */
    enum Found { TICKET, MALFORMED, UNKNOWN }

    private final TicketService tickets;
    private final RatingService ratings;
    private final HallDirectory halls;
    private final TrackingLinks links;

    PhoneTracking(TicketService tickets, RatingService ratings, HallDirectory halls, TrackingLinks links) {
        this.tickets = tickets;
        this.ratings = ratings;
        this.halls = halls;
        this.links = links;
    }

    /**
     * The tracking view.
     *
     * @throws InvalidFieldException the code is not shaped like a tracking code (400)
     * @throws NotFoundException     no such hall, or no ticket of today has the code (404)
     */
    TicketView view(String hallId, String code) {
        if (!TrackingLinks.wellFormed(code)) {
            throw new InvalidFieldException("code", "is not a tracking code (10 letters and digits)");
        }
        TicketView t = tickets.findByTracking(hallId, code);
        String rating = StoredTicket.DONE.equals(t.status())
                ? ratings.phonePathFor(hallId, t.ticketId()).map(links::absolute).orElse(null) : null;
        return t.forTracking(rating);
    }

    /** The links' base of the asking request, for the views a stream sends it later. */
    String linkBase() {
        return links.base();
    }

    /** {@link #view} with links on {@code base}, outside the request that chose it. */
    TicketView view(String hallId, String code, String base) {
        return links.on(base, () -> view(hallId, code));
    }

    /** Whether a phone page address names a ticket, without saying which. */
    Found find(String hallId, String code) {
        if (!TrackingLinks.wellFormed(code)) {
            return Found.MALFORMED;
        }
        try {
            view(hallId, code);
            return Found.TICKET;
        } catch (NotFoundException e) {
            return Found.UNKNOWN;
        }
    }

    /** The service item the ticket was taken for, with its materials, as the hall file lists them. */
    Optional<HallView.Item> item(String hallId, String code) {
        TicketView t = view(hallId, code);
        return HallViews.of(halls.get(hallId)).items().stream()
                .filter(i -> !t.itemCode().isEmpty() && i.code().equals(t.itemCode())).findFirst();
    }

    /** Where a browser that asked the API address for a page is sent. */
    static String pagePath(String hallId, String code) {
        return TrackingLinks.pagePath(hallId, code);
    }

    /** Whether a ticket can change no more, so its stream ends (a no-show may be reactivated at the desk; the page then polls). */
    static boolean ended(TicketView t) {
        return StoredTicket.DONE.equals(t.status()) || StoredTicket.NO_SHOW.equals(t.status())
                || StoredTicket.LAPSED.equals(t.status());
    }
}
