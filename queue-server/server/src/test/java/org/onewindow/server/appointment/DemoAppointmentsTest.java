package org.onewindow.server.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.testsupport.TestIds;
import org.onewindow.server.ticket.IdentitySettings;
import org.onewindow.server.ticket.PersonKeys;

/** The demo's sample appointments, booked at every start of the server on the same data. */
class DemoAppointmentsTest {

    // 10:00 on a Tuesday in Asia/Shanghai.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
    // The keys QueueCore's services use.
    private final PersonKeys personKeys = new PersonKeys(new IdentitySettings("test-secret"), "unused");

    @TempDir
    Path dir;

    private static Map<String, String> codes(Path file) throws IOException {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                String[] parts = line.split("\t");
                codes.put(parts[0], parts[1]);
            }
        }
        return codes;
    }

    private static CheckInRequest scan(String code) {
        return new CheckInRequest(UUID.randomUUID().toString(), code);
    }

    private String refusal(QueueCore core, Hall hall, String code) {
        try {
            core.appointments.checkIn(hall.id(), scan(code), "kiosk-1");
        } catch (RefusedException e) {
            return e.code();
        }
        throw new AssertionError("expected a refusal of " + code);
    }

    private List<AppointmentView> heldBy(QueueCore core, Hall hall, String idNumber) {
        return core.appointments.ofPerson(hall.id(), personKeys.of(idNumber));
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void startingAgainOnTheSameDataBooksNothingTwiceAndOffersCodesDueNow(String redis) throws Exception {
        Hall hall = TestHalls.small();
        Path file = dir.resolve("demo").resolve("appointment-codes.txt");
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            DemoAppointments demo = new DemoAppointments(core.appointments, new HallDirectory(List.of(hall)), clock,
                    file.toString());
            demo.book();
            Map<String, String> first = codes(file);

            // Restarted at once, then again after lunch: each start succeeds on the data of the last.
            demo.book();
            assertThat(codes(file)).isEqualTo(first);
            clock.advance(Duration.ofHours(3));
            demo.book();
            Map<String, String> afternoon = codes(file);

            assertThat(afternoon).containsOnlyKeys("预约 13:05 李明", "预约 13:05 王芳", "明天的预约");
            assertThat(afternoon.get("明天的预约")).isEqualTo(first.get("明天的预约"));
            // One appointment per person and day: the morning's were moved to the afternoon, not doubled.
            assertThat(heldBy(core, hall, "622901199008150032")).extracting(AppointmentView::slotStart)
                    .containsExactly("13:05");
            assertThat(heldBy(core, hall, "622901198801010049")).extracting(AppointmentView::slotStart)
                    .containsExactly("13:05");
            assertThat(heldBy(core, hall, "622901197511200050")).extracting(AppointmentView::date)
                    .containsExactly("2026-11-25");
            assertThat(refusal(core, hall, first.get("预约 10:05 李明"))).isEqualTo("APPOINTMENT_CANCELLED");
            assertThat(core.appointments.checkIn(hall.id(), scan(afternoon.get("预约 13:05 李明")), "kiosk-1")
                    .ticket().ticket().priority()).isEqualTo("APPOINTMENT");
            assertThat(refusal(core, hall, afternoon.get("明天的预约"))).isEqualTo("APPOINTMENT_NOT_TODAY");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void anAppointmentAlreadyCheckedInIsOfferedAgainAsItIsAndTheStartSucceeds(String redis) throws Exception {
        Hall hall = TestHalls.small();
        Path file = dir.resolve("appointment-codes.txt");
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            DemoAppointments demo = new DemoAppointments(core.appointments, new HallDirectory(List.of(hall)), clock,
                    file.toString());
            demo.book();
            String ticket = core.appointments.checkIn(hall.id(), scan(codes(file).get("预约 10:05 李明")), "kiosk-1")
                    .ticket().ticket().ticketId();
            clock.advance(Duration.ofMinutes(40));

            demo.book();

            Map<String, String> again = codes(file);
            assertThat(again).containsOnlyKeys("预约 10:05 李明", "预约 10:45 王芳", "明天的预约");
            var checkIn = core.appointments.checkIn(hall.id(), scan(again.get("预约 10:05 李明")), "kiosk-1");
            assertThat(checkIn.ticket().created()).isFalse();
            assertThat(checkIn.ticket().ticket().ticketId()).isEqualTo(ticket);
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aSampleThatCannotBeBookedIsLeftOutAndTheStartSucceeds(String redis) throws Exception {
        Hall hall = TestHalls.small();
        Path file = dir.resolve("appointment-codes.txt");
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            // Citizens filled tomorrow's 09:30 slot of the demo's area (two places in the test hall).
            for (int seq = 1; seq <= 2; seq++) {
                core.appointments.book(hall.id(), new AppointmentRequest("estate", null, "2026-11-25", "09:30", 30,
                        TestIds.person("19900307", seq, "张三")));
            }
            DemoAppointments demo = new DemoAppointments(core.appointments, new HallDirectory(List.of(hall)), clock,
                    file.toString());

            demo.book();

            assertThat(codes(file)).containsOnlyKeys("预约 10:05 李明", "预约 10:05 王芳");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void withoutACodesFileNothingIsBooked(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            new DemoAppointments(core.appointments, new HallDirectory(List.of(hall)), clock, "").book();

            assertThat(heldBy(core, hall, "622901199008150032")).isEmpty();
            assertThatThrownBy(() -> codes(dir.resolve("appointment-codes.txt"))).isInstanceOf(IOException.class);
        }
    }
}
