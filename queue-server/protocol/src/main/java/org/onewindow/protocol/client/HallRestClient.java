package org.onewindow.protocol.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.json.MalformedPayloadException;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CaseStatusRequest;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.DeviceView;
import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.NoticeRequest;
import org.onewindow.protocol.rest.RatingView;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.rest.TidalOpenRequest;
import org.onewindow.protocol.rest.TransferRequest;
import org.onewindow.protocol.rest.WindowView;

/**
 * Calls one hall's REST API as a device (bearer token) or a member of staff (basic credentials).
 * Every failure is a {@link HallApiException}; a ticket request can be retried safely with the
 * same request id.
 */
public final class HallRestClient {

    private final HttpClient http;
    private final String base;
    private final String authorization;
    private final Duration timeout;

    private HallRestClient(String baseUrl, String hallId, String authorization, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.base = baseUrl.replaceAll("/+$", "") + "/api/halls/" + hallId;
        this.authorization = authorization;
        this.timeout = timeout;
    }

    /** A client for a device with a bearer token. */
    public static HallRestClient forDevice(String baseUrl, String hallId, String token, Duration timeout) {
        return new HallRestClient(baseUrl, hallId, "Bearer " + token, timeout);
    }

    /** A client for a member of staff. */
    public static HallRestClient forStaff(String baseUrl, String hallId, String user, String password, Duration timeout) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new HallRestClient(baseUrl, hallId, "Basic " + basic, timeout);
    }

    public HallView hall() {
        return JsonCodec.fromJson(send("GET", "", null).body(), HallView.class);
    }

    /** Issues a ticket, or returns the one this request id (or this person in this area) already has. */
    public TicketView issueTicket(IssueTicketRequest request) {
        return JsonCodec.fromJson(send("POST", "/tickets", JsonCodec.toJson(request)).body(), TicketView.class);
    }

    /** Checks in an appointment by its scanned code; the answer is the appointment's ticket. */
    public TicketView checkIn(CheckInRequest request) {
        return JsonCodec.fromJson(send("POST", "/appointments/check-in", JsonCodec.toJson(request)).body(),
                TicketView.class);
    }

    /** Books an appointment (staff). */
    public AppointmentView bookAppointment(AppointmentRequest request) {
        return JsonCodec.fromJson(send("POST", "/appointments", JsonCodec.toJson(request)).body(),
                AppointmentView.class);
    }

    /** The public view of a ticket a tracking code refers to (what a phone shows). */
    public TicketView track(String trackingCode) {
        return JsonCodec.fromJson(send("GET", "/track/" + trackingCode, null).body(), TicketView.class);
    }

    public TicketView ticket(String ticketId) {
        return JsonCodec.fromJson(send("GET", "/tickets/" + ticketId, null).body(), TicketView.class);
    }

    /** Waiting tickets of an area in calling order (staff). */
    public List<TicketView> waiting(String areaId) {
        return List.of(JsonCodec.fromJson(send("GET", "/areas/" + areaId + "/waiting", null).body(), TicketView[].class));
    }

    public BoardState board() {
        return JsonCodec.fromJson(send("GET", "/board", null).body(), BoardState.class);
    }

    public List<WindowView> windows() {
        return List.of(JsonCodec.fromJson(send("GET", "/windows", null).body(), WindowView[].class));
    }

    public WindowView signIn(String windowNo) {
        return windowAction(windowNo, "sign-in", WindowView.class);
    }

    /** The called ticket, or empty when nobody waits. */
    public Optional<TicketView> callNext(String windowNo) {
        HttpResponse<String> response = send("POST", "/windows/" + windowNo + "/call-next", "");
        return response.statusCode() == 204 ? Optional.empty() : Optional.of(JsonCodec.fromJson(response.body(), TicketView.class));
    }

    public TicketView recall(String windowNo) {
        return windowAction(windowNo, "recall", TicketView.class);
    }

    public TicketView finish(String windowNo) {
        return windowAction(windowNo, "finish", TicketView.class);
    }

    /** Finishes the current ticket recording how the service ended. */
    public TicketView finish(String windowNo, FinishRequest outcome) {
        return JsonCodec.fromJson(send("POST", "/windows/" + windowNo + "/finish", JsonCodec.toJson(outcome)).body(),
                TicketView.class);
    }

    public TicketView transfer(String windowNo, TransferRequest request) {
        return JsonCodec.fromJson(send("POST", "/windows/" + windowNo + "/transfer", JsonCodec.toJson(request)).body(),
                TicketView.class);
    }

    public WindowView pause(String windowNo) {
        return windowAction(windowNo, "pause", WindowView.class);
    }

    public WindowView resume(String windowNo) {
        return windowAction(windowNo, "resume", WindowView.class);
    }

    /** Sets the boards' scrolling notice (manager); an empty text clears it. */
    public BoardState setNotice(NoticeRequest request) {
        return JsonCodec.fromJson(send("PUT", "/notice", JsonCodec.toJson(request)).body(), BoardState.class);
    }

    /** Opens a tidal window for the given areas (manager). */
    public WindowView openTidal(String windowNo, TidalOpenRequest request) {
        return JsonCodec.fromJson(send("POST", "/tidal/windows/" + windowNo + "/open", JsonCodec.toJson(request)).body(),
                WindowView.class);
    }

    /** Every case, newest first (staff). */
    public List<CaseView> cases() {
        return List.of(JsonCodec.fromJson(send("GET", "/cases", null).body(), CaseView[].class));
    }

    /** Moves a case on (staff). */
    public CaseView moveCase(String caseNo, CaseStatusRequest request) {
        return JsonCodec.fromJson(send("POST", "/cases/" + caseNo + "/status", JsonCodec.toJson(request)).body(),
                CaseView.class);
    }

    /** Today's ratings, newest first (manager). */
    public List<RatingView> ratings() {
        return List.of(JsonCodec.fromJson(send("GET", "/ratings", null).body(), RatingView[].class));
    }

    /** The hall's devices with their presence and health (manager). */
    public List<DeviceView> devices() {
        return List.of(JsonCodec.fromJson(send("GET", "/devices", null).body(), DeviceView[].class));
    }

    private <T> T windowAction(String windowNo, String action, Class<T> type) {
        return JsonCodec.fromJson(send("POST", "/windows/" + windowNo + "/" + action, "").body(), type);
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Authorization", authorization).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new HallApiException(0, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HallApiException(0, null, e);
        }
        if (response.statusCode() >= 400) {
            throw new HallApiException(response.statusCode(), errorOf(response.body()), null);
        }
        return response;
    }

    private static ApiError errorOf(String body) {
        try {
            return JsonCodec.fromJson(body, ApiError.class);
        } catch (MalformedPayloadException e) {
            return null;
        }
    }
}
