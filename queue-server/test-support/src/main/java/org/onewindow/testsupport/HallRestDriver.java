package org.onewindow.testsupport;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.client.HallHttp;
import org.onewindow.protocol.client.HallRestClient;
import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CallChosenRequest;
import org.onewindow.protocol.rest.CaseStatusRequest;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.DeviceView;
import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.NoticeRequest;
import org.onewindow.protocol.rest.RatingView;
import org.onewindow.protocol.rest.SilenceSetting;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.rest.TidalOpenRequest;
import org.onewindow.protocol.rest.TransferRequest;
import org.onewindow.protocol.rest.WindowView;

/**
 * One hall's REST API as a test drives it: a clerk or the manager at the windows, a terminal
 * booking, anyone tracking a ticket. Every failure is a {@link HallApiException}, as for devices.
 */
public final class HallRestDriver {

    private final HallHttp http;
    /** What devices call, called as this driver's caller. */
    private final HallRestClient asDevicesDo;

    private HallRestDriver(HallHttp http) {
        this.http = http;
        this.asDevicesDo = HallRestClient.over(http);
    }

    /** A member of staff, with HTTP Basic. */
    public static HallRestDriver forStaff(String baseUrl, String hallId, String user, String password, Duration timeout) {
        return new HallRestDriver(new HallHttp(baseUrl, hallId, HallHttp.basic(user, password), timeout));
    }

    /** A device, with its bearer token. */
    public static HallRestDriver forDevice(String baseUrl, String hallId, String token, Duration timeout) {
        return new HallRestDriver(new HallHttp(baseUrl, hallId, HallHttp.bearer(token), timeout));
    }

    public HallView hall() {
        return asDevicesDo.hall();
    }

    public TicketView issueTicket(IssueTicketRequest request) {
        return asDevicesDo.issueTicket(request);
    }

    public TicketView checkIn(CheckInRequest request) {
        return asDevicesDo.checkIn(request);
    }

    /** Books an appointment (a terminal, the manager). */
    public AppointmentView bookAppointment(AppointmentRequest request) {
        return http.send("POST", "/appointments", request, AppointmentView.class);
    }

    /** The public view of a ticket a tracking code refers to (what a phone shows). */
    public TicketView track(String trackingCode) {
        return http.get("/track/" + trackingCode, TicketView.class);
    }

    public TicketView ticket(String ticketId) {
        return http.get("/tickets/" + ticketId, TicketView.class);
    }

    /** Waiting tickets of an area in calling order (staff). */
    public List<TicketView> waiting(String areaId) {
        return List.of(http.get("/areas/" + areaId + "/waiting", TicketView[].class));
    }

    public BoardState board() {
        return http.get("/board", BoardState.class);
    }

    public List<WindowView> windows() {
        return List.of(http.get("/windows", WindowView[].class));
    }

    public WindowView signIn(String windowNo) {
        return windowAction(windowNo, "sign-in", WindowView.class);
    }

    /** The called ticket, or empty when nobody waits. */
    public Optional<TicketView> callNext(String windowNo) {
        HttpResponse<String> response = http.send("POST", "/windows/" + windowNo + "/call-next", "");
        return response.statusCode() == 204 ? Optional.empty()
                : Optional.of(JsonCodec.fromJson(response.body(), TicketView.class));
    }

    public TicketView recall(String windowNo) {
        return windowAction(windowNo, "recall", TicketView.class);
    }

    public TicketView finish(String windowNo) {
        return windowAction(windowNo, "finish", TicketView.class);
    }

    /** Finishes the current ticket recording how the service ended. */
    public TicketView finish(String windowNo, FinishRequest outcome) {
        return http.send("POST", "/windows/" + windowNo + "/finish", outcome, TicketView.class);
    }

    public TicketView transfer(String windowNo, TransferRequest request) {
        return http.send("POST", "/windows/" + windowNo + "/transfer", request, TicketView.class);
    }

    public WindowView pause(String windowNo) {
        return windowAction(windowNo, "pause", WindowView.class);
    }

    public WindowView resume(String windowNo) {
        return windowAction(windowNo, "resume", WindowView.class);
    }

    /** 选呼: calls a chosen waiting ticket out of turn. */
    public TicketView callChosen(String windowNo, CallChosenRequest request) {
        return http.send("POST", "/windows/" + windowNo + "/call-chosen", request, TicketView.class);
    }

    /** 挂起: parks the window's current ticket there. */
    public TicketView park(String windowNo) {
        return windowAction(windowNo, "park", TicketView.class);
    }

    public TicketView resumeParked(String windowNo, String ticketId) {
        return windowAction(windowNo, "parked/" + ticketId + "/resume", TicketView.class);
    }

    /** 无声叫号 of one window. */
    public WindowView silence(String windowNo, boolean silent) {
        return http.send("POST", "/windows/" + windowNo + "/silence", new SilenceSetting(silent), WindowView.class);
    }

    /** 无声叫号 of the whole hall (manager). */
    public SilenceSetting silenceHall(boolean silent) {
        return http.send("PUT", "/silence", new SilenceSetting(silent), SilenceSetting.class);
    }

    /** Sets the boards' scrolling notice (manager); an empty text clears it. */
    public BoardState setNotice(NoticeRequest request) {
        return http.send("PUT", "/notice", request, BoardState.class);
    }

    /** Opens a tidal window for the given areas (manager). */
    public WindowView openTidal(String windowNo, TidalOpenRequest request) {
        return http.send("POST", "/tidal/windows/" + windowNo + "/open", request, WindowView.class);
    }

    /** Every case, newest first (staff). */
    public List<CaseView> cases() {
        return List.of(http.get("/cases", CaseView[].class));
    }

    /** Moves a case on (staff). */
    public CaseView moveCase(String caseNo, CaseStatusRequest request) {
        return http.send("POST", "/cases/" + caseNo + "/status", request, CaseView.class);
    }

    /** Today's ratings, newest first (manager). */
    public List<RatingView> ratings() {
        return List.of(http.get("/ratings", RatingView[].class));
    }

    /** The hall's devices with their presence and health (manager). */
    public List<DeviceView> devices() {
        return List.of(http.get("/devices", DeviceView[].class));
    }

    private <T> T windowAction(String windowNo, String action, Class<T> type) {
        return JsonCodec.fromJson(
                http.send("POST", "/windows/" + windowNo + "/" + action, "").body(), type);
    }
}
