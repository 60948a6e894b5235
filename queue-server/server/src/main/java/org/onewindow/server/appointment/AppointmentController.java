package org.onewindow.server.appointment;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.AppointmentSlot;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CancelAppointmentRequest;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.audit.AuditTrail;
import org.onewindow.server.error.InvalidFieldException;

/** Appointments: slots, booked by terminals and managers, cancelled, checked in at kiosks. */
@RestController
@RequestMapping("/api/halls/{hall}/appointments")
class AppointmentController {

    private final AppointmentService appointments;
    private final ScannedCheckIns scanned;
    private final AuditTrail audit;

    AppointmentController(AppointmentService appointments, ScannedCheckIns scanned, AuditTrail audit) {
        this.audit = audit;
        this.appointments = appointments;
        this.scanned = scanned;
    }

    @PostMapping
    ResponseEntity<AppointmentView> book(@PathVariable("hall") String hall, @RequestBody AppointmentRequest request,
                                         Authentication who) {
        AppointmentView a = appointments.book(hall, request, isManager(who));
        audit.record(who.getName(), "book-appointment", hall, "appointment " + a.id(), AuditTrail.caller(),
                "area=" + a.areaId() + " date=" + a.date() + " slot=" + a.slotStart());
        return ResponseEntity.created(URI.create("/api/halls/" + hall + "/appointments/" + a.id())).body(a);
    }

    /** The slots of an area on a day (today when none is given), with what is left of each. */
    @GetMapping("/slots")
    List<AppointmentSlot> slots(@PathVariable("hall") String hall, @RequestParam("areaId") String areaId,
                                @RequestParam(name = "date", required = false) String date) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("date", "must be yyyy-MM-dd");
        }
        return appointments.slots(hall, areaId, day);
    }

    /** A manager cancels any booking; a device only with the holder's code or ID card in the body. */
    @PostMapping("/{id}/cancel")
    AppointmentView cancel(@PathVariable("hall") String hall, @PathVariable("id") String id,
                           @RequestBody(required = false) CancelAppointmentRequest proof, Authentication who) {
        AppointmentView a = isManager(who) ? appointments.cancel(hall, id) : appointments.cancelByHolder(hall, id, proof);
        audit.record(who.getName(), "cancel-appointment", hall, "appointment " + id, AuditTrail.caller(), "");
        return a;
    }

    @GetMapping("/{id}")
    AppointmentView find(@PathVariable("hall") String hall, @PathVariable("id") String id) {
        return appointments.find(hall, id);
    }

    private static boolean isManager(Authentication who) {
        return who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER"));
    }

    /**
     * 201 with the appointment's new ticket, 200 when it was checked in before (same ticket). A
     * remote ticket's check-in code ({@code OWR1.}) checks that ticket in instead: 201 when it now
     * waits, 200 when it was checked in before.
     */
    @PostMapping("/check-in")
    ResponseEntity<TicketView> checkIn(@PathVariable("hall") String hall, @RequestBody CheckInRequest request,
                                       Principal who) {
        // A kiosk's scanner reads a phone's remote ticket the way it reads an appointment slip: the
        // same scan, the same printed ticket; only the code tells them apart.
        if (request != null && ScannedCheckIns.isRemoteTicket(request.code())) {
            ScannedCheckIns.Remote remoteDone = scanned.remoteTicket(hall, request.code(), who.getName());
            TicketView t = remoteDone.ticket();
            audit.record(who.getName(), "remote-check-in", hall, "ticket " + t.number(), AuditTrail.caller(),
                    "at=kiosk changed=" + remoteDone.changed());
            return remoteDone.changed()
                    ? ResponseEntity.created(URI.create("/api/halls/" + hall + "/tickets/" + t.ticketId())).body(t)
                    : ResponseEntity.ok(t);
        }
        AppointmentService.CheckIn done = appointments.checkIn(hall, request, who.getName());
        TicketView t = done.ticket().ticket();
        audit.record(who.getName(), "check-in", hall, "appointment " + done.appointment().id(), AuditTrail.caller(),
                "ticket=" + t.number() + " created=" + done.ticket().created());
        return done.ticket().created()
                ? ResponseEntity.created(URI.create("/api/halls/" + hall + "/tickets/" + t.ticketId())).body(t)
                : ResponseEntity.ok(t);
    }
}
