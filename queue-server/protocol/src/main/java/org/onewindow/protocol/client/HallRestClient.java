package org.onewindow.protocol.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.NearTurnNoticeRequest;
import org.onewindow.protocol.rest.NearTurnNoticeView;
import org.onewindow.protocol.rest.TicketView;

/**
 * What a kiosk asks of its hall over REST, with its bearer token: the hall's description, a
 * ticket, an appointment's check-in, a mobile number left for near-turn notices. Every failure is a {@link HallApiException}; a ticket request
 * can be retried safely with the same request id.
 */
public final class HallRestClient {

    private final HallHttp http;

    private HallRestClient(HallHttp http) {
        this.http = http;
    }

    /** A client for a device with a bearer token. */
    public static HallRestClient forDevice(String baseUrl, String hallId, String token, Duration timeout) {
        return over(new HallHttp(baseUrl, hallId, HallHttp.bearer(token), timeout));
    }

    /** The same calls over a connection of the caller's, whoever it signs in as. */
    public static HallRestClient over(HallHttp http) {
        return new HallRestClient(http);
    }

    public HallView hall() {
        return http.get("", HallView.class);
    }

    /** Issues a ticket, or returns the one this request id (or this person in this area) already has. */
    public TicketView issueTicket(IssueTicketRequest request) {
        return http.send("POST", "/tickets", request, TicketView.class);
    }

    /** Checks in an appointment by its scanned code; the answer is the appointment's ticket. */
    public TicketView checkIn(CheckInRequest request) {
        return http.send("POST", "/appointments/check-in", request, TicketView.class);
    }

    /**
     * Leaves a mobile number for the ticket's near-turn texts (public: the tracking code is the
     * authority). 400: not a mainland mobile number; 404: unknown code; 409
     * {@code NOT_WAITING}: the ticket has left the queue. Nothing changes on any of them.
     */
    public NearTurnNoticeView leaveNumber(String trackingCode, NearTurnNoticeRequest request) {
        return http.send("POST", "/track/" + URLEncoder.encode(trackingCode, StandardCharsets.UTF_8) + "/notices", request,
                NearTurnNoticeView.class);
    }
}
