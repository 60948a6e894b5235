package org.onewindow.server.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.AppointmentSlot;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CancelAppointmentRequest;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.hall.Area;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;
import org.onewindow.server.ticket.Applicant;
import org.onewindow.server.ticket.AppointmentTicket;
import org.onewindow.server.ticket.IssueResult;
import org.onewindow.server.ticket.PersonKeys;
import org.onewindow.server.ticket.RandomCodes;
import org.onewindow.server.ticket.TicketService;

/**
 * Books appointments into the hall's slots, cancels them, and checks them in. A slot takes at most
 * its capacity of bookings per area, and a person books one slot per area and day; both are
 * checked and taken in one atomic step, so concurrent bookings never overfill a slot. Check-in
 * trusts nothing in the scanned code until its signature is verified, and refuses in plain words:
 * not an appointment code (or altered), another hall's, not today's, too early, cancelled.
 */
@Service
public class AppointmentService {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final long DAY_KEYS_TTL_SECONDS = Duration.ofDays(120).toSeconds();

    private final HallDirectory halls;
    private final UnifiedJedis redis;
    private final LuaScripts scripts;
    private final AppointmentSigner signer;
    private final TicketService tickets;
    private final PersonKeys personKeys;
    private final Clock clock;

    public AppointmentService(HallDirectory halls, UnifiedJedis redis, LuaScripts scripts, AppointmentSigner signer,
                              TicketService tickets, PersonKeys personKeys, Clock clock) {
        this.halls = halls;
        this.redis = redis;
        this.scripts = scripts;
        this.signer = signer;
        this.tickets = tickets;
        this.personKeys = personKeys;
        this.clock = clock;
    }

    /** Books a slot the hall offers (a citizen at a terminal, a phone booking). */
    public AppointmentView book(String hallId, AppointmentRequest request) {
        return book(hallId, request, false);
    }

    /**
     * Books a slot; {@code byManager} may also add one outside the offered grid (加号: a time agreed
     * with a citizen, of {@code slotMinutes}), still at most the capacity per slot and one per person.
     */
    public AppointmentView book(String hallId, AppointmentRequest request, boolean byManager) {
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
        LocalDate today = LocalDate.ofInstant(clock.instant(), hall.timeZone());
        boolean offered = SlotGrid.starts(hall, date, clock.instant()).contains(start);
        if (!offered && !byManager) {
            throw new RefusedException("SLOT_NOT_OFFERED", "no appointment slot starts at " + HH_MM.format(start) + " on " + date);
        }
        if (date.isBefore(today)) {
            throw new InvalidFieldException("date", "is in the past");
        }
        // A manager's booking off the grid is bounded too: every booked day keeps its keys in Redis
        // for months, and a day no one can ever come on is no appointment.
        int daysAhead = hall.appointments().daysAhead();
        if (date.isAfter(today.plusDays(daysAhead))) {
            throw new InvalidFieldException("date", "is more than " + daysAhead + " days ahead, the hall's booking horizon");
        }
        int minutes = offered ? hall.appointments().slotMinutes() : request.slotMinutes();
        if (minutes < 5 || minutes > 240) {
            throw new InvalidFieldException("slotMinutes", "must be 5 to 240");
        }
        Applicant applicant = Applicant.from(request.identity(), personKeys, today);
        if (applicant.personKey().isEmpty()) {
            throw new InvalidFieldException("identity", "an appointment is booked with an ID card");
        }
        ZoneId zone = hall.timeZone();
        Instant slotStart = date.atTime(start).atZone(zone).toInstant();
        StoredAppointment stored = new StoredAppointment(RandomCodes.next(10), area.id(), item, date.toString(),
                slotStart.toEpochMilli(), slotStart.plus(Duration.ofMinutes(minutes)).toEpochMilli(),
                applicant.personKey(), applicant.maskedName(), StoredAppointment.BOOKED, "", clock.millis(), 0);
        HallKeys keys = HallKeys.of(hallId);
        List<?> result = (List<?>) scripts.run("appointment_book",
                List.of(keys.appointmentSlots(date.toString()), keys.appointments(), keys.appointmentBookers(date.toString())),
                List.of(area.id() + "|" + HH_MM.format(start), Integer.toString(hall.appointments().capacity()), stored.id(),
                        JsonCodec.toJson(stored), area.id() + "|" + applicant.personKey(), Long.toString(DAY_KEYS_TTL_SECONDS)));
        String outcome = String.valueOf(result.get(0));
        if (outcome.equals("FULL")) {
            throw new ConflictException("SLOT_FULL", "the " + HH_MM.format(start) + " slot of " + date + " is fully booked");
        }
        if (outcome.equals("ALREADY")) {
            throw new AlreadyBookedException(String.valueOf(result.get(1)), date.toString());
        }
        return view(hall, stored);
    }

    /**
     * Books as {@link #book(String, AppointmentRequest, boolean)} does, but returns the appointment
     * the person already holds in that area on that day (whatever its slot or status) instead of
     * refusing it: a booking that may be asked for again, such as the demo's samples at each start.
     */
    AppointmentView bookOrKeep(String hallId, AppointmentRequest request, boolean byManager) {
        try {
            return book(hallId, request, byManager);
        } catch (AlreadyBookedException e) {
            return find(hallId, e.appointmentId());
        }
    }

    /** The slots of an area on a day, with what is left of each. */
    public List<AppointmentSlot> slots(String hallId, String areaId, LocalDate day) {
        Hall hall = halls.get(hallId);
        LocalDate date = day != null ? day : LocalDate.ofInstant(clock.instant(), hall.timeZone());
        Area area = hall.area(areaId == null ? "" : areaId).orElseThrow(() -> new NotFoundException("area", areaId));
        Map<String, String> booked;
        booked = redis.hgetAll(HallKeys.of(hallId).appointmentSlots(date.toString()));
        int minutes = hall.appointments().slotMinutes();
        return SlotGrid.starts(hall, date, clock.instant()).stream().map(t -> new AppointmentSlot(area.id(), date.toString(),
                HH_MM.format(t), HH_MM.format(t.plusMinutes(minutes)), hall.appointments().capacity(),
                Integer.parseInt(booked.getOrDefault(area.id() + "|" + HH_MM.format(t), "0")))).toList();
    }

    /**
     * Cancels a booking not yet checked in; its place goes back to the slot. The status is checked
     * by the script that cancels, so a check-in at the same moment either comes first (and the
     * cancellation is refused) or is refused itself.
     */
    public AppointmentView cancel(String hallId, String appointmentId) {
        Hall hall = halls.get(hallId);
        HallKeys keys = HallKeys.of(hallId);
        // The day and slot never change, so the keys and the slot may be taken from the appointment as read.
        StoredAppointment a = load(hallId, appointmentId).orElseThrow(() -> new NotFoundException("appointment", appointmentId));
        String slot = a.area() + "|" + HH_MM.format(Instant.ofEpochMilli(a.slotStart()).atZone(hall.timeZone()));
        String cancelled = (String) scripts.run("appointment_cancel",
                List.of(keys.appointments(), keys.appointmentSlots(a.date()), keys.appointmentBookers(a.date())),
                List.of(a.id(), slot));
        return view(hall, JsonCodec.fromJson(cancelled, StoredAppointment.class));
    }

    /**
     * A person's booked appointments from today to the end of the booking horizon, soonest first:
     * what a terminal shows after a card swipe.
     */
    public List<AppointmentView> ofPerson(String hallId, String personKey) {
        Hall hall = halls.get(hallId);
        HallKeys keys = HallKeys.of(hallId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), hall.timeZone());
        List<Response<String>> ids = new java.util.ArrayList<>();
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (int ahead = 0; ahead <= hall.appointments().daysAhead(); ahead++) {
                String date = today.plusDays(ahead).toString();
                for (Area area : hall.areas()) {
                    ids.add(pipeline.hget(keys.appointmentBookers(date), area.id() + "|" + personKey));
                }
            }
            pipeline.sync();
        }
        return ids.stream().map(Response::get).filter(java.util.Objects::nonNull)
                .map(id -> load(hallId, id)).flatMap(Optional::stream)
                .filter(a -> StoredAppointment.BOOKED.equals(a.status()) && a.person().equals(personKey))
                .sorted(java.util.Comparator.comparingLong(StoredAppointment::slotStart))
                .map(a -> view(hall, a)).toList();
    }

    /**
     * Cancels a booking at its holder's request (a terminal, after a card swipe).
     *
     * @throws NotFoundException when it is not this person's appointment
     */
    public AppointmentView cancelOwn(String hallId, String appointmentId, String personKey) {
        load(hallId, appointmentId == null ? "" : appointmentId).filter(a -> a.person().equals(personKey))
                .orElseThrow(() -> new NotFoundException("appointment of this ID card", appointmentId));
        return cancel(hallId, appointmentId);
    }

    /**
     * Cancels a booking for a device that shows what only its holder has: the appointment's
     * signed code, or the ID card it was booked with. A bare id proves nothing: ids are short,
     * and a device's token is shared by everyone who stands at it.
     *
     * @throws RefusedException {@code APPOINTMENT_CODE_INVALID} for a code that is forged or
     *         names another appointment
     * @throws NotFoundException when the ID card is not the holder's
     */
    public AppointmentView cancelByHolder(String hallId, String appointmentId, CancelAppointmentRequest proof) {
        Hall hall = halls.get(hallId);
        String code = proof == null || proof.code() == null ? "" : proof.code().strip();
        if (!code.isEmpty()) {
            AppointmentCode parsed = AppointmentCode.parse(code).filter(signer::isGenuine)
                    .filter(c -> c.hallId().equals(hallId) && c.appointmentId().equals(appointmentId))
                    .orElseThrow(AppointmentService::invalidCode);
            return cancel(hallId, parsed.appointmentId());
        }
        if (proof == null || proof.identity() == null) {
            throw new InvalidFieldException("code", "the appointment's code or the holder's identity is required");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), hall.timeZone());
        return cancelOwn(hallId, appointmentId, Applicant.from(proof.identity(), personKeys, today).personKey());
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
        // Nothing the code says is believed, its hall included, before its signature is: a made-up
        // code must not learn that the hall it names exists (ADR 0006).
        if (!signer.isGenuine(code)) {
            throw invalidCode();
        }
        if (!code.hallId().equals(hallId)) {
            throw new RefusedException("APPOINTMENT_OTHER_HALL", "the code is for another hall");
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
        IssueResult issued;
        try {
            // Issuing the ticket checks the appointment in, in the same script (issue_ticket.lua).
            issued = tickets.issueForAppointment(hallId, new AppointmentTicket(appointment.id(),
                    appointment.area(), appointment.item(), appointment.person(), appointment.name(), slotStart), kiosk);
        } catch (ConflictException e) {
            if ("APPOINTMENT_CANCELLED".equals(e.code())) {
                throw new RefusedException("APPOINTMENT_CANCELLED", "the appointment was cancelled");
            }
            throw e;
        }
        return new CheckIn(view(hall, appointment), issued);
    }

    /** An appointment checked in, and its ticket. */
    public record CheckIn(AppointmentView appointment, IssueResult ticket) {
    }

    private Optional<StoredAppointment> load(String hallId, String appointmentId) {
        String json = redis.hget(HallKeys.of(hallId).appointments(), appointmentId);
        return Optional.ofNullable(json).map(j -> JsonCodec.fromJson(j, StoredAppointment.class));
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
