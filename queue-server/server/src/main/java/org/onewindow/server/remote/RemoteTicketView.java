package org.onewindow.server.remote;

import java.time.Instant;

import org.onewindow.protocol.rest.TicketView;

/**
 * A remote ticket as its phone sees it.
 *
 * @param ticket          the tracking view (no name); status AWAITING_ARRIVAL until checked in, LAPSED
 *                        when the lapse time passed first
 * @param peopleAhead     while not yet checked in: tickets waiting ahead of the place it would keep
 * @param estimatedWaitSeconds  the wait for that place, null while no window of the area is open
 * @param lapseAt         when it lapses if not checked in
 * @param keepPlaceUntil  checked in before this, it keeps its place; later it queues from check-in
 * @param checkInCode     what the kiosk's scanner reads from the phone's check-in QR code
 * @param existing        true when the request had been answered before
 * @param timeZone        the hall's time zone, in which the page shows the times
 */
public record RemoteTicketView(
        TicketView ticket,
        int peopleAhead,
        Long estimatedWaitSeconds,
        Instant lapseAt,
        Instant keepPlaceUntil,
        String checkInCode,
        boolean existing,
        String timeZone) {
}
