package org.onewindow.server.appointment;

import java.net.URI;
import java.security.Principal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.TicketView;

/** Appointments: booked by staff (and later by terminals and phones), checked in at kiosks. */
@RestController
@RequestMapping("/api/halls/{hall}/appointments")
class AppointmentController {

    private static final Logger audit = LoggerFactory.getLogger("audit");

    private final AppointmentService appointments;

    AppointmentController(AppointmentService appointments) {
        this.appointments = appointments;
    }

    @PostMapping
    ResponseEntity<AppointmentView> book(@PathVariable("hall") String hall, @RequestBody AppointmentRequest request,
                                         Principal who) {
        AppointmentView a = appointments.book(hall, request);
        audit.info("{} book-appointment hall={} area={} appointment={} date={} slot={}", who.getName(), hall,
                a.areaId(), a.id(), a.date(), a.slotStart());
        return ResponseEntity.created(URI.create("/api/halls/" + hall + "/appointments/" + a.id())).body(a);
    }

    @GetMapping("/{id}")
    AppointmentView find(@PathVariable("hall") String hall, @PathVariable("id") String id) {
        return appointments.find(hall, id);
    }

    /** 201 with the appointment's new ticket, 200 when it was checked in before (same ticket). */
    @PostMapping("/check-in")
    ResponseEntity<TicketView> checkIn(@PathVariable("hall") String hall, @RequestBody CheckInRequest request,
                                       Principal who) {
        AppointmentService.CheckIn done = appointments.checkIn(hall, request, who.getName());
        TicketView t = done.ticket().ticket();
        audit.info("{} check-in hall={} appointment={} ticket={} created={}", who.getName(), hall,
                done.appointment().id(), t.number(), done.ticket().created());
        return done.ticket().created()
                ? ResponseEntity.created(URI.create("/api/halls/" + hall + "/tickets/" + t.ticketId())).body(t)
                : ResponseEntity.ok(t);
    }
}
