package org.onewindow.kiosk.terminal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.rest.AppointmentSlot;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.LockerGrant;
import org.onewindow.protocol.rest.RateableService;
import org.onewindow.protocol.rest.RatingView;
import org.onewindow.protocol.rpc.MqttRequester;
import org.onewindow.protocol.topic.HallTopics;

/**
 * The terminal's questions to the server, over MQTT request and response (docs/mqtt.md). The ID
 * number travels only inside a request, to be turned into a person key by the server; it is never
 * kept here.
 */
public final class TerminalLink implements TerminalRequests, AutoCloseable {

    /** A citizen at the screen waits this long at most before being told plainly. */
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(6);

    private final MqttRequester requester;
    private final Duration timeout;

    public TerminalLink(MqttGateway mqtt, String hallId, String deviceId, Duration timeout) {
        this.requester = new MqttRequester(mqtt, HallTopics.forHall(hallId), deviceId);
        this.timeout = timeout;
    }

    @Override
    public CompletableFuture<HallView> hall() {
        return ask("hall", Map.of(), HallView.class);
    }

    @Override
    public CompletableFuture<List<CaseView>> myCases(Identity who) {
        return ask("cases.mine", Map.of("identity", who), CaseView[].class).thenApply(Arrays::asList);
    }

    @Override
    public CompletableFuture<List<CaseView>> myLockerResults(Identity who) {
        return ask("locker.mine", Map.of("identity", who), CaseView[].class).thenApply(Arrays::asList);
    }

    @Override
    public CompletableFuture<LockerGrant> openGrant(Identity who, String caseNo) {
        return ask("locker.open", Map.of("identity", who, "caseNo", caseNo), LockerGrant.class);
    }

    @Override
    public CompletableFuture<CaseView> collected(String grantToken) {
        return ask("locker.collected", Map.of("grant", grantToken), CaseView.class);
    }

    @Override
    public CompletableFuture<List<AppointmentSlot>> slots(String areaId, LocalDate day) {
        return ask("appointments.slots", Map.of("areaId", areaId, "date", day.toString()), AppointmentSlot[].class)
                .thenApply(Arrays::asList);
    }

    @Override
    public CompletableFuture<AppointmentView> book(Identity who, AppointmentSlot slot) {
        return ask("appointments.book", Map.of("identity", who, "areaId", slot.areaId(), "date", slot.date(),
                "slotStart", slot.start()), AppointmentView.class);
    }

    @Override
    public CompletableFuture<List<AppointmentView>> myAppointments(Identity who) {
        return ask("appointments.mine", Map.of("identity", who), AppointmentView[].class).thenApply(Arrays::asList);
    }

    @Override
    public CompletableFuture<AppointmentView> cancelAppointment(Identity who, String appointmentId) {
        return ask("appointments.cancel", Map.of("identity", who, "appointmentId", appointmentId), AppointmentView.class);
    }

    @Override
    public CompletableFuture<HallView.Item> checklist(String itemCode) {
        return ask("items.checklist", Map.of("itemCode", itemCode), HallView.Item.class);
    }

    @Override
    public CompletableFuture<List<RateableService>> rateable(Identity who) {
        return ask("ratings.mine", Map.of("identity", who), RateableService[].class).thenApply(Arrays::asList);
    }

    @Override
    public CompletableFuture<RatingView> rate(Identity who, String ticketId, String level, List<String> reasons) {
        Map<String, Object> body = new HashMap<>();
        body.put("identity", who);
        body.put("ticketId", ticketId);
        body.put("level", level);
        body.put("reasons", reasons);
        return ask("ratings.submit", body, RatingView.class);
    }

    private <T> CompletableFuture<T> ask(String operation, Object body, Class<T> type) {
        return requester.request(operation, body, type, timeout);
    }

    @Override
    public void close() {
        requester.close();
    }
}
