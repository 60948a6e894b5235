package org.onewindow.server.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.hall.Area;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.hall.ServiceItem;
import org.onewindow.server.ordering.Priority;
import org.onewindow.server.ordering.QueueOrderingPolicy;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.queue.TicketRecord;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;

/**
 * Issues tickets. A retry with the same request id returns the same ticket; a person (known by
 * ID card) holds at most one live ticket per area; green channel and appointments are ordered by
 * {@link QueueOrderingPolicy}.
 */
@Service
public class TicketService {

    /** Day keys outlive their day a little: late reads, reactivation questions, statistics catch-up. */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Set<String> GREEN_REASONS = Set.of("DISABILITY", "PREGNANCY", "MILITARY", "OTHER");

    private final HallDirectory halls;
    private final LuaScripts scripts;
    private final QueueReader reader;
    private final TicketViews views;
    private final PersonKeys personKeys;
    private final Clock clock;

    public TicketService(HallDirectory halls, LuaScripts scripts, QueueReader reader, TicketViews views,
                         PersonKeys personKeys, Clock clock) {
        this.halls = halls;
        this.scripts = scripts;
        this.reader = reader;
        this.views = views;
        this.personKeys = personKeys;
        this.clock = clock;
    }

    /** Issues a ticket, or returns the one a retry or a second swipe refers to. */
    public IssueResult issue(String hallId, IssueTicketRequest request, String issuedBy) {
        Hall hall = halls.get(hallId);
        if (request == null) {
            throw new InvalidFieldException("body", "is required");
        }
        if (request.requestId() == null || !REQUEST_ID.matcher(request.requestId()).matches()) {
            throw new InvalidFieldException("requestId", "is required: 1-64 of letters, digits and _ . : -");
        }
        if (request.areaId() == null || request.areaId().isBlank()) {
            throw new InvalidFieldException("areaId", "is required");
        }
        Area area = hall.area(request.areaId()).orElseThrow(() -> new NotFoundException("area", request.areaId()));
        String itemCode = checkedItem(hall, area, request.itemCode());
        if (request.appointmentId() != null && !request.appointmentId().isBlank()) {
            throw new InvalidFieldException("appointmentId",
                    "appointments are checked in with their signed code: POST /api/halls/{hall}/appointments/check-in");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, hall.timeZone());
        Applicant applicant = Applicant.from(request.identity(), personKeys, today);
        String greenReason = greenReason(hall, applicant, request.greenChannelReason());
        Priority priority = greenReason.isEmpty() || greenReason.startsWith(TicketViews.PENDING_PREFIX)
                ? Priority.NORMAL : Priority.GREEN;
        Instant score = new QueueOrderingPolicy(hall.priority()).score(now, priority);
        return store(hall, area, itemCode, request.requestId(), applicant.personKey(), applicant.maskedName(),
                priority, greenReason, now, score, issuedBy, "");
    }

    /**
     * Issues the ticket of a checked-in appointment, whose code the caller has verified. The
     * request id is derived from the appointment, so checking in twice, from any kiosk, gives
     * the same ticket. On time, it is ordered near its slot; late, it is an ordinary ticket.
     */
    public IssueResult issueForAppointment(String hallId, AppointmentTicket appointment, String issuedBy) {
        Hall hall = halls.get(hallId);
        Area area = hall.area(appointment.areaId())
                .orElseThrow(() -> new NotFoundException("area", appointment.areaId()));
        String itemCode = checkedItem(hall, area, appointment.itemCode());
        Instant now = clock.instant();
        QueueOrderingPolicy policy = new QueueOrderingPolicy(hall.priority());
        boolean onTime = policy.appointmentOnTime(now, appointment.slotStart());
        Priority priority = onTime ? Priority.APPOINTMENT : Priority.NORMAL;
        Instant score = onTime ? policy.appointmentScore(now, appointment.slotStart()) : now;
        return store(hall, area, itemCode, "appt-" + appointment.appointmentId(), appointment.personKey(),
                appointment.maskedName(), priority, "", now, score, issuedBy, appointment.appointmentId());
    }

    private IssueResult store(Hall hall, Area area, String itemCode, String requestId, String personKey,
                              String maskedName, Priority priority, String greenReason, Instant now, Instant score,
                              String issuedBy, String appointmentId) {
        String day = BusinessDay.format(LocalDate.ofInstant(now, hall.timeZone()));
        HallKeys keys = HallKeys.of(hall.id());
        List<?> reply = (List<?>) scripts.run("issue_ticket",
                List.of(keys.sequences(day), keys.tickets(day), keys.areaQueue(day, area.id()), keys.liveTickets(day),
                        keys.requests(day), keys.tracking(day), keys.version(), keys.events(), keys.appointments()),
                List.of(day, area.id(), area.prefix(), requestId, personKey, maskedName, itemCode, priority.name(),
                        greenReason, Long.toString(now.toEpochMilli()), Long.toString(score.toEpochMilli()),
                        RandomCodes.next(10), Integer.toString(area.dailyTicketLimit()), issuedBy,
                        Long.toString(BusinessDay.KEYS_KEPT.toSeconds()), appointmentId));
        boolean created = "created".equals(reply.get(0));
        StoredTicket ticket = TicketRecord.decode((String) reply.get(1));
        return new IssueResult(views.of(hall.id(), ticket, !created), created);
    }

    public TicketView find(String hallId, String ticketId) {
        halls.get(hallId);
        return reader.ticket(hallId, ticketId).map(t -> views.of(hallId, t, false))
                .orElseThrow(() -> new NotFoundException("ticket", ticketId));
    }

    /** The ticket a tracking code (printed as a QR code) refers to, today. */
    public TicketView findByTracking(String hallId, String trackingCode) {
        Hall hall = halls.get(hallId);
        return reader.ticketByTracking(hallId, BusinessDay.today(clock, hall.timeZone()), trackingCode)
                .map(t -> views.of(hallId, t, false))
                .orElseThrow(() -> new NotFoundException("ticket", trackingCode));
    }

    /** Waiting tickets of an area in calling order (at most 500). */
    public List<TicketView> waiting(String hallId, String areaId) {
        Hall hall = halls.get(hallId);
        hall.area(areaId).orElseThrow(() -> new NotFoundException("area", areaId));
        String day = BusinessDay.today(clock, hall.timeZone());
        List<StoredTicket> tickets = reader.waiting(hallId, day, HallKeys.of(hallId).areaQueue(day, areaId), 500);
        return views.waitingInOrder(hallId, areaId, new ArrayList<>(tickets));
    }

    /** Staff put a waiting ticket in the green channel; it can only move forward. */
    public TicketView raiseToGreenChannel(String hallId, String ticketId, String actor) {
        Hall hall = halls.get(hallId);
        StoredTicket ticket = reader.ticket(hallId, ticketId).orElseThrow(() -> new NotFoundException("ticket", ticketId));
        Instant raised = new QueueOrderingPolicy(hall.priority())
                .raisedToGreen(Instant.ofEpochMilli(ticket.arrival()), Instant.ofEpochMilli(ticket.score()));
        String place = ticket.targetWindow().isEmpty() ? "area:" + ticket.area() : "window:" + ticket.targetWindow();
        HallKeys keys = HallKeys.of(hallId);
        String json = (String) scripts.run("raise_priority",
                List.of(keys.tickets(ticket.day()), keys.version(), keys.events(), TicketViews.queueKey(hallId, ticket)),
                List.of(ticketId, actor, Long.toString(clock.millis()), Long.toString(raised.toEpochMilli()), place));
        return views.of(hallId, TicketRecord.decode(json), false);
    }

    private static String checkedItem(Hall hall, Area area, String itemCode) {
        if (itemCode == null || itemCode.isBlank()) {
            return "";
        }
        ServiceItem item = hall.item(itemCode).orElseThrow(() -> new NotFoundException("item", itemCode));
        if (!item.area().equals(area.id())) {
            throw new InvalidFieldException("itemCode", "item " + itemCode + " is handled in area " + item.area()
                    + ", not " + area.id());
        }
        return item.code();
    }

    private static String greenReason(Hall hall, Applicant applicant, String requested) {
        if (requested != null && !requested.isBlank()) {
            if (!GREEN_REASONS.contains(requested)) {
                throw new InvalidFieldException("greenChannelReason", "must be one of " + GREEN_REASONS);
            }
            return hall.priority().greenChannelStaffConfirmation() ? TicketViews.PENDING_PREFIX + requested : requested;
        }
        boolean elderly = applicant.age().isPresent() && applicant.age().getAsInt() >= hall.priority().greenChannelAge();
        return elderly ? "AGE" : "";
    }
}
