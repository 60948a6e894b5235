package org.onewindow.server.appointment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;

/**
 * For the demo hall only: books a few appointments at start-up and writes their codes to a file
 * the simulated kiosk scanner offers as samples (one due now, one later today, one tomorrow, to
 * show a refusal). Off unless {@code onewindow.demo.appointment-codes-file} is set.
 *
 * <p>Every start of the server runs it on the data of the last, so it books nothing twice: a
 * sample the person already holds is offered again, moved to this start's slot while it is still
 * only booked (so it is due now), as it is once checked in. A sample that cannot be booked (its
 * slot filled by citizens) is left out of the file; it never stops the server.
 */
@Component
class DemoAppointments {

    private static final Logger log = LoggerFactory.getLogger(DemoAppointments.class);

    private final AppointmentService appointments;
    private final HallDirectory halls;
    private final Clock clock;
    private final String file;

    DemoAppointments(AppointmentService appointments, HallDirectory halls, Clock clock,
                     @Value("${onewindow.demo.appointment-codes-file:}") String file) {
        this.appointments = appointments;
        this.halls = halls;
        this.clock = clock;
        this.file = file;
    }

    @EventListener(ApplicationReadyEvent.class)
    void book() {
        if (file.isBlank()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Demo appointment codes: label<TAB>code. Written by the queue server at start-up.");
        for (Hall hall : halls.all()) {
            ZonedDateTime now = ZonedDateTime.now(clock.withZone(hall.timeZone()));
            LocalTime soon = now.toLocalTime().withSecond(0).withNano(0).plusMinutes(5);
            boolean fitsToday = soon.isAfter(now.toLocalTime());
            LocalDate day = fitsToday ? now.toLocalDate() : now.toLocalDate().plusDays(1);
            String area = hall.areas().get(Math.min(1, hall.areas().size() - 1)).id();
            sample(hall, area, day, soon, new Identity("622901199008150032", "李明"))
                    .ifPresent(a -> lines.add(line("预约 " + a.slotStart() + " 李明", a)));
            sample(hall, area, day, soon, new Identity("622901198801010049", "王芳"))
                    .ifPresent(a -> lines.add(line("预约 " + a.slotStart() + " 王芳", a)));
            sample(hall, area, day.plusDays(1), LocalTime.of(9, 30), new Identity("622901197511200050", "赵强"))
                    .ifPresent(a -> lines.add(line("明天的预约", a)));
        }
        try {
            Path path = Path.of(file);
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.write(path, lines, StandardCharsets.UTF_8);
            log.info("Demo appointments booked; codes in {}", path.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo appointment codes to " + file, e);
        }
    }

    private Optional<AppointmentView> sample(Hall hall, String area, LocalDate day, LocalTime slot, Identity person) {
        AppointmentRequest request = new AppointmentRequest(area, "", day.toString(),
                String.format("%02d:%02d", slot.getHour(), slot.getMinute()), 30, person);
        try {
            AppointmentView held = appointments.bookOrKeep(hall.id(), request, true);
            if (StoredAppointment.BOOKED.equals(held.status()) && !held.slotStart().equals(request.slotStart())) {
                appointments.cancel(hall.id(), held.id());
                held = appointments.book(hall.id(), request, true);
            }
            return Optional.of(held);
        } catch (ConflictException | RefusedException e) {
            log.warn("Demo appointment in {} at {} {} left out: {}", area, day, request.slotStart(), e.getMessage());
            return Optional.empty();
        }
    }

    private static String line(String label, AppointmentView appointment) {
        return label + "\t" + appointment.code();
    }
}
