package org.onewindow.kiosk.terminal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.onewindow.protocol.rest.AppointmentSlot;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.LockerGrant;
import org.onewindow.protocol.rest.RateableService;
import org.onewindow.protocol.rest.RatingView;

/**
 * What the 24-hour terminal asks of the hall. Every answer is a future that fails with an
 * {@link org.onewindow.protocol.rpc.RpcException}: the server's refusal code, TIMEOUT or NOT_SENT.
 */
interface TerminalRequests {

    CompletableFuture<HallView> hall();

    CompletableFuture<List<CaseView>> myCases(Identity who);

    /** The person's results waiting in the locker, each with its slot. */
    CompletableFuture<List<CaseView>> myLockerResults(Identity who);

    /** Leave to open the slot of the person's result, checked by the server right before the door opens. */
    CompletableFuture<LockerGrant> openGrant(Identity who, String caseNo);

    /** The door opened and shut again with the slot empty: the pickup is recorded, by the grant's token. */
    CompletableFuture<CaseView> collected(String grantToken);

    CompletableFuture<List<AppointmentSlot>> slots(String areaId, LocalDate day);

    CompletableFuture<AppointmentView> book(Identity who, AppointmentSlot slot);

    /** The person's booked appointments, soonest first. */
    CompletableFuture<List<AppointmentView>> myAppointments(Identity who);

    CompletableFuture<AppointmentView> cancelAppointment(Identity who, String appointmentId);

    /** The item's materials as the server has them now. */
    CompletableFuture<HallView.Item> checklist(String itemCode);

    CompletableFuture<List<RateableService>> rateable(Identity who);

    CompletableFuture<RatingView> rate(Identity who, String ticketId, String level, List<String> reasons);
}
