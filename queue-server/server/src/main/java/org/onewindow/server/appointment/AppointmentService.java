package org.onewindow.server.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.stereotype.Service;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.hall.Area;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.ticket.Applicant;
import org.onewindow.server.ticket.AppointmentTicket;
import org.onewindow.server.ticket.IssueResult;
import org.onewindow.server.ticket.PersonKeys;
import org.onewindow.server.ticket.RandomCodes;
import org.onewindow.server.ticket.TicketService;

/**
 * Books appointments and checks them in. Check-in trusts nothing in the scanned code until its
 * signature is verified, and refuses in plain words: not an appointment code (or altered),
 * another hall's, not today's, too early, cancelled. Slots and capacities per area come with
 * the booking channels; this keeps one record per appointment.
 */
@Service
public class AppointmentService {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final HallDirectory halls;
    private final JedisPool pool;
    private final AppointmentSigner signer;
    private final TicketService tickets;
    private final PersonKeys personKeys;
    private final Clock clock;

    public AppointmentService(HallDirectory halls, JedisPool pool, AppointmentSigner signer, TicketService tickets,
                              PersonKeys personKeys, Clock clock) {
        this.halls = halls;
        this.pool = pool;
        this.signer = signer;
        this.tickets = tickets;
        this.personKeys = personKeys;
        this.clock = clock;
    }

    public AppointmentView book(String hallId, AppointmentRequest request) {
        Hall hall = halls.get(hallId);
        if (request == null) {
            throw new InvalidFieldException("body", "is required");
        }
        Area area = hall.area(request.areaId() == null ? "" : request.areaId())
                .orElseThrow(() -> new NotFoundException("area", request.areaId()));
        String item = request.itemCode() == null ? "" : request.itemCode();
        if (!item.isEmpty() && hall.item(item).filter(i -> i.area().equals(area.id())).isEmpty()) {
            throw new InvalidFieldException("itemCode", "is not an item of area " + area.id());
        }
        LocalDate date = parse("date", request.date(), LocalDate::parse);
        LocalTime start = parse("slotStart", request.slotStart(), t -> LocalTime.parse(t, HH_MM));
        if (request.slotMinutes() < 5 || request.slotMinutes() > 240) {
            throw new InvalidFieldException("slotMinutes", "must be 5 to 240");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), hall.timeZone());
        if (date.isBefore(today)) {
            throw new InvalidFieldException("date", "is in the past");
        }
        Applicant applicant = Applicant.from(request.identity(), personKeys, today);
        ZoneId zone = hall.timeZone();
        Instant slotStart = date.atTime(start).atZone(zone).toInstant();
        StoredAppointment stored = new StoredAppointment(RandomCodes.next(10), area.id(), item, date.toString(),
                slotStart.toEpochMilli(), slotStart.plus(Duration.ofMinutes(request.slotMinutes())).toEpochMilli(),
                applicant.personKey(), applicant.maskedName(), StoredAppointment.BOOKED, "", clock.millis(), 0);
        try (Jedis jedis = pool.getResource()) {
            jedis.hsetnx(HallKeys.of(hallId).appointments(), stored.id(), JsonCodec.toJson(stored));
        }
        return view(hall, stored);
    }

    public AppointmentView find(String hallId, String appointmentId) {
        Hall hall = halls.get(hallId);
        return load(hallId, appointmentId).map(a -> view(hall, a))
                .orElseThrow(() -> new NotFoundException("appointment", appointmentId));
    }

    /** Checks in the appointment a scanned code names and issues (or returns) its ticket. */
    public CheckIn checkIn(String hallId, CheckInRequest request, String kiosk) {
        Hall hall = halls.get(hallId);
        if (request == null || request.code() == null || request.code().isBlank()) {
            throw new InvalidFieldException("code", "is required");
        }
        AppointmentCode code = AppointmentCode.parse(request.code()).orElseThrow(AppointmentService::invalidCode);
        if (!code.hallId().equals(hallId)) {
            throw new RefusedException("APPOINTMENT_OTHER_HALL", "the code is for another hall");
        }
        if (!signer.isGenuine(code)) {
            throw invalidCode();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), hall.timeZone());
        if (!code.date().equals(today)) {
            throw new RefusedException("APPOINTMENT_NOT_TODAY", "the appointment is for " + code.date() + ", not today");
        }
        StoredAppointment appointment = load(hallId, code.appointmentId())
                .orElseThrow(() -> new NotFoundException("appointment", code.appointmentId()));
        if (StoredAppointment.CANCELLED.equals(appointment.status())) {
            throw new RefusedException("APPOINTMENT_CANCELLED", "the appointment was cancelled");
        }
        Instant slotStart = Instant.ofEpochMilli(appointment.slotStart());
        Instant opens = slotStart.minus(Duration.ofMinutes(hall.priority().appointmentEarlyMinutes()));
        if (clock.instant().isBefore(opens)) {
            throw new RefusedException("APPOINTMENT_TOO_EARLY",
                    "check-in opens at " + HH_MM.format(opens.atZone(hall.timeZone())));
        }
        IssueResult issued = tickets.issueForAppointment(hallId, new AppointmentTicket(appointment.id(),
                appointment.area(), appointment.item(), appointment.person(), appointment.name(), slotStart), kiosk);
        if (!StoredAppointment.CHECKED_IN.equals(appointment.status())) {
            try (Jedis jedis = pool.getResource()) {
                jedis.hset(HallKeys.of(hallId).appointments(), appointment.id(),
                        JsonCodec.toJson(appointment.checkedIn(issued.ticket().ticketId(), clock.millis())));
            }
        }
        return new CheckIn(view(hall, appointment), issued);
    }

    /** An appointment checked in, and its ticket. */
    public record CheckIn(AppointmentView appointment, IssueResult ticket) {
    }

    private Optional<StoredAppointment> load(String hallId, String appointmentId) {
        try (Jedis jedis = pool.getResource()) {
            String json = jedis.hget(HallKeys.of(hallId).appointments(), appointmentId);
            return Optional.ofNullable(json).map(j -> JsonCodec.fromJson(j, StoredAppointment.class));
        }
    }

    private AppointmentView view(Hall hall, StoredAppointment a) {
        ZoneId zone = hall.timeZone();
        LocalDate date = LocalDate.parse(a.date());
        return new AppointmentView(a.id(), hall.id(), a.area(), hall.area(a.area()).map(Area::name).orElse(a.area()),
                a.item(), a.date(), HH_MM.format(Instant.ofEpochMilli(a.slotStart()).atZone(zone)),
                HH_MM.format(Instant.ofEpochMilli(a.slotEnd()).atZone(zone)), a.name(), a.status(), a.ticketId(),
                signer.sign(hall.id(), a.id(), date).text());
    }

    private static RefusedException invalidCode() {
        return new RefusedException("APPOINTMENT_CODE_INVALID", "not a valid appointment code of this hall");
    }


    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(String field, String text, Parser<T> parser) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        try {
            return parser.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "has the wrong format");
        }
    }
}
