package org.onewindow.server.terminal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.access.DeviceKind;
import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.json.MalformedPayloadException;
import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.LockerGrant;
import org.onewindow.protocol.rpc.RpcReply;
import org.onewindow.server.appointment.AppointmentService;
import org.onewindow.server.audit.AuditTrail;
import org.onewindow.server.cases.CaseService;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.LogSafe;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.error.UnavailableException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallViews;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.messaging.HallMessaging;
import org.onewindow.server.rating.RatingService;
import org.onewindow.server.redis.TransientRedisState;
import org.onewindow.server.security.DeviceRegistry;
import org.onewindow.server.ticket.Applicant;
import org.onewindow.server.ticket.PersonKeys;

/**
 * Answers terminals' requests ({@code hall/v1/{hall}/devices/{id}/requests/{operation}}): {@code hall};
 * {@code cases.mine}; {@code locker.mine}, {@code locker.open}, {@code locker.collected};
 * {@code appointments.slots}, {@code appointments.book}, {@code appointments.mine},
 * {@code appointments.cancel}; {@code items.checklist}; {@code ratings.mine}, {@code ratings.submit}.
 * A request that cannot be read, or names an unknown operation, is refused with a code; it never
 * changes anything. While Redis cannot answer for a moment the answer is UNAVAILABLE, which the
 * terminal takes as "send it again". ID numbers in requests are turned into person keys at once and
 * never logged. The asking terminal is the device the topic names (the broker lets a device publish
 * only on its own request topics); a request of a device not registered as a terminal or kiosk of
 * the hall is refused. Look-ups of a person's data are limited per terminal and per person
 * ({@link IdentityLookupLimits}).
 */
@Component
class TerminalRequests {

    private static final Logger log = LoggerFactory.getLogger(TerminalRequests.class);
    /** Terminals, and kiosks, which are terminals outside opening hours (kiosk.mode=auto). */
    private static final Set<DeviceKind> ASKING_KINDS = Set.of(DeviceKind.TERMINAL, DeviceKind.KIOSK);

    private final HallDirectory halls;
    private final HallMessaging messaging;
    private final CaseService cases;
    private final AppointmentService appointments;
    private final PersonKeys personKeys;
    private final RatingService ratings;
    private final PickupGrants grants;
    private final DeviceRegistry devices;
    private final IdentityLookupLimits limits;
    private final AuditTrail audit;
    /** Devices already logged as refused, so that one that keeps asking does not flood the log. */
    private final Set<String> refusedLogged = ConcurrentHashMap.newKeySet();

    TerminalRequests(HallDirectory halls, HallMessaging messaging, CaseService cases, AppointmentService appointments,
                     PersonKeys personKeys, RatingService ratings, PickupGrants grants, DeviceRegistry devices,
                     IdentityLookupLimits limits, AuditTrail audit) {
        this.audit = audit;
        this.halls = halls;
        this.messaging = messaging;
        this.cases = cases;
        this.appointments = appointments;
        this.personKeys = personKeys;
        this.ratings = ratings;
        this.grants = grants;
        this.devices = devices;
        this.limits = limits;
    }

    @EventListener(ApplicationReadyEvent.class)
    void listen() {
        for (Hall hall : halls.all()) {
            messaging.answerRequests(hall.id(), (deviceId, operation, payload) -> answer(hall, deviceId, operation, payload));
        }
    }

    RpcReply answer(Hall hall, String deviceId, String operation, byte[] payload) {
        boolean terminalOfTheHall = devices.find(deviceId)
                .filter(d -> ASKING_KINDS.contains(d.kind()) && d.hallId().equals(hall.id())).isPresent();
        if (!terminalOfTheHall) {
            if (refusedLogged.size() < 1_000 && refusedLogged.add(deviceId)) {
                log.warn("Refused requests of device {} in hall {}: not a terminal or kiosk registered there", LogSafe.of(deviceId), hall.id());
            }
            return RpcReply.refused("FORBIDDEN", "this device may not ask the server");
        }
        Asker asker = new Asker(hall, deviceId, operation);
        TerminalRequest request;
        try {
            request = JsonCodec.fromBytes(payload, TerminalRequest.class);
        } catch (MalformedPayloadException e) {
            return RpcReply.refused("INVALID_BODY", "the request is not JSON of the expected shape");
        }
        try {
            return switch (operation) {
                case "hall" -> RpcReply.of(JsonCodec.toJson(HallViews.of(hall)));
                case "cases.mine" -> RpcReply.of(JsonCodec.toJson(cases.ofPerson(hall.id(), lookUp(asker, request))));
                case "locker.mine" -> RpcReply.of(JsonCodec.toJson(cases.inLockers(hall.id(), lookUp(asker, request))));
                case "locker.open" -> open(asker, request);
                case "locker.collected" -> collected(asker, request);
                case "appointments.slots" -> RpcReply.of(JsonCodec.toJson(appointments.slots(hall.id(), request.areaId(),
                        day(request.date()))));
                case "appointments.book" -> book(asker, request);
                case "appointments.mine" -> RpcReply.of(JsonCodec.toJson(appointments.ofPerson(hall.id(), lookUp(asker, request))));
                case "appointments.cancel" -> cancel(asker, request);
                case "items.checklist" -> RpcReply.of(JsonCodec.toJson(HallViews.of(hall).items().stream()
                        .filter(i -> i.code().equals(request.itemCode())).findFirst()
                        .orElseThrow(() -> new NotFoundException("item", request.itemCode()))));
                case "ratings.mine" -> RpcReply.of(JsonCodec.toJson(ratings.rateableBy(hall.id(), lookUp(asker, request))));
                case "ratings.submit" -> rate(asker, request);
                default -> RpcReply.refused("UNKNOWN_OPERATION", "no operation " + LogSafe.of(operation));
            };
        } catch (InvalidFieldException e) {
            return RpcReply.refused("INVALID_FIELD", e.getMessage());
        } catch (NotFoundException e) {
            return RpcReply.refused("NOT_FOUND", e.getMessage());
        } catch (ConflictException e) {
            return RpcReply.refused(e.code(), e.getMessage());
        } catch (RefusedException e) {
            return RpcReply.refused(e.code(), e.getMessage());
        } catch (UnavailableException e) {
            return unavailable(operation, e);
        } catch (RuntimeException e) {
            // Redis errors from outside the scripts (reads, the connection itself) arrive as they are.
            return unavailable(operation, TransientRedisState.unavailable(e).orElseThrow(() -> e));
        }
    }

    /** The terminal keeps the request and sends it again: the citizen waits rather than being refused. */
    private static RpcReply unavailable(String operation, UnavailableException e) {
        log.warn("Answered {} to a terminal's {}: {} ({})", RpcReply.UNAVAILABLE, operation, e.getMessage(),
                e.getCause() == null ? "" : e.getCause().toString());
        return RpcReply.refused(RpcReply.UNAVAILABLE, e.getMessage());
    }

    /**
     * Leave to open the slot of the person's result: checked now, right before the door opens. The
     * grant names the terminal that asked, the only one that may record the pickup with it.
     */
    private RpcReply open(Asker asker, TerminalRequest r) {
        if (r.caseNo() == null || r.caseNo().isBlank()) {
            throw new InvalidFieldException("caseNo", "is required");
        }
        String hallId = asker.hall().id();
        CaseView result = cases.ownResultInLocker(hallId, r.caseNo().strip(), lookUp(asker, r));
        int slot = Integer.parseInt(result.pickupPlace());
        return RpcReply.of(JsonCodec.toJson(new LockerGrant(result.caseNo(), slot,
                grants.issue(hallId, asker.deviceId(), result.caseNo(), slot))));
    }

    /**
     * The terminal saw the slot's door open and shut again with the slot empty: the pickup is
     * recorded by the grant's token, which a terminal may send again after a restart, and only when
     * the grant was given to this same terminal: another terminal cannot empty a slot's record.
     */
    private RpcReply collected(Asker asker, TerminalRequest r) {
        String hallId = asker.hall().id();
        if (r.grant() == null || r.grant().isBlank()) {
            throw new InvalidFieldException("grant", "is required: the token of the locker.open grant");
        }
        PickupGrants.Grant grant = grants.read(r.grant().strip())
                .filter(g -> g.hallId().equals(hallId) && g.deviceId().equals(asker.deviceId()))
                .orElseThrow(() -> new RefusedException("GRANT_INVALID", "this pickup cannot be recorded; staff must check the locker"));
        CaseView delivered = cases.collectedFromSlot(hallId, grant.caseNo(), grant.slot(), "terminal");
        audit.record(asker.deviceId(), "locker-collected", hallId, "case " + delivered.caseNo(),
                AuditTrail.device(asker.deviceId()), "slot=" + grant.slot());
        return RpcReply.of(JsonCodec.toJson(delivered));
    }

    private RpcReply rate(Asker asker, TerminalRequest r) {
        Hall hall = asker.hall();
        var rating = ratings.submitAtTerminal(hall.id(), lookUp(asker, r), r.ticketId(),
                new RatingSubmission("", r.level(), r.reasons(), r.comment(), "terminal"));
        audit.record(asker.deviceId(), "rating", hall.id(), "ticket " + rating.ticketId(), AuditTrail.device(asker.deviceId()),
                "level=" + rating.level());
        return RpcReply.of(JsonCodec.toJson(rating));
    }

    private RpcReply cancel(Asker asker, TerminalRequest r) {
        Hall hall = asker.hall();
        var cancelled = appointments.cancelOwn(hall.id(), r.appointmentId(), lookUp(asker, r));
        audit.record(asker.deviceId(), "cancel-appointment", hall.id(), "appointment " + cancelled.id(),
                AuditTrail.device(asker.deviceId()), "");
        return RpcReply.of(JsonCodec.toJson(cancelled));
    }

    private RpcReply book(Asker asker, TerminalRequest r) {
        Hall hall = asker.hall();
        var booked = appointments.book(hall.id(), new AppointmentRequest(r.areaId(), r.itemCode(), r.date(), r.slotStart(),
                hall.appointments().slotMinutes(), r.identity()));
        audit.record(asker.deviceId(), "book-appointment", hall.id(), "appointment " + booked.id(),
                AuditTrail.device(asker.deviceId()), "area=" + booked.areaId() + " date=" + booked.date() + " slot=" + booked.slotStart());
        return RpcReply.of(JsonCodec.toJson(booked));
    }

    /** The terminal that asks, in its hall, and what: whose look-ups of a person's data are counted and audited. */
    private record Asker(Hall hall, String deviceId, String operation) {
    }

    /** The person key of the swiped card, counted as one look-up of the terminal and of the person. */
    private String lookUp(Asker asker, TerminalRequest r) {
        String personKey = person(asker.hall(), r);
        limits.count(asker.deviceId(), personKey);
        // The person by their key's first characters: look-ups of one person can be told apart, nobody named.
        audit.record(asker.deviceId(), "identity-lookup", asker.hall().id(), "person " + PersonKeys.shortForm(personKey),
                AuditTrail.device(asker.deviceId()), "operation=" + asker.operation());
        return personKey;
    }

    private String person(Hall hall, TerminalRequest r) {
        Applicant applicant = Applicant.from(r.identity(), personKeys, LocalDate.now(hall.timeZone()));
        if (applicant.personKey().isEmpty()) {
            throw new InvalidFieldException("identity", "swipe an ID card");
        }
        return applicant.personKey();
    }

    private static LocalDate day(String date) {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("date", "must be yyyy-MM-dd");
        }
    }
}
