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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;

/**
 * For the demo hall only: books a few appointments at start-up and writes their codes to a file
 * the simulated kiosk scanner offers as samples (one due now, one later today, one tomorrow, to
 * show a refusal). Off unless {@code onewindow.demo.appointment-codes-file} is set.
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
            lines.add(line("预约 " + soon + " 李明", book(hall, area, day, soon, "622901199008150032", "李明")));
            lines.add(line("预约 " + soon + " 王芳", book(hall, area, day, soon, "622901198801010049", "王芳")));
            lines.add(line("明天的预约", book(hall, area, day.plusDays(1), LocalTime.of(9, 30),
                    "622901197511200050", "赵强")));
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

    private AppointmentView book(Hall hall, String area, LocalDate day, LocalTime slot, String id, String name) {
        return appointments.book(hall.id(), new AppointmentRequest(area, "", day.toString(),
                String.format("%02d:%02d", slot.getHour(), slot.getMinute()), 30, new Identity(id, name)), true);
    }

    private static String line(String label, AppointmentView appointment) {
        return label + "\t" + appointment.code();
    }
}
