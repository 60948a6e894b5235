package org.onewindow.server.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.testsupport.TestIds;

/** What a booking or a scanned code may not smuggle in: impossible days, unborn holders, forged halls. */
class AppointmentInputTest {

    // Tuesday 10:00 in Asia/Shanghai; the test hall books 7 days ahead.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
    private static final Identity LI_MING = new Identity("622901199008150032", "李明");

    private static AppointmentRequest on(String date, Identity who) {
        return new AppointmentRequest("estate", null, date, "10:30", 30, who);
    }

    private static String invalidField(Runnable action) {
        try {
            action.run();
        } catch (InvalidFieldException e) {
            return e.field();
        }
        throw new AssertionError("expected an invalid field");
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void notEvenAManagerBooksADayBeyondTheHorizonOrInThePast(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            assertThat(invalidField(() -> core.appointments.book(hall.id(), on("9999-12-31", LI_MING), true))).isEqualTo("date");
            assertThat(invalidField(() -> core.appointments.book(hall.id(), on("2026-12-02", LI_MING), true))).isEqualTo("date");
            assertThat(invalidField(() -> core.appointments.book(hall.id(), on("2026-11-23", LI_MING), true))).isEqualTo("date");

            assertThat(core.appointments.book(hall.id(), on("2026-12-01", LI_MING), true).date()).isEqualTo("2026-12-01");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void anIdNumberOfSomeoneNotYetBornOrBornBefore1900BooksNothing(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            for (String birth : new String[] {"20991231", "20261125", "18991231"}) {
                Identity unborn = TestIds.person(birth, 2, "李明");
                assertThat(invalidField(() -> core.appointments.book(hall.id(), on("2026-11-25", unborn), true)))
                        .isEqualTo("identity.idNumber");
            }
            assertThat(core.appointments.slots(hall.id(), "estate", java.time.LocalDate.of(2026, 11, 25)))
                    .allSatisfy(s -> assertThat(s.booked()).isZero());
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aNameIsKeptWithoutBidiZeroWidthOrLineCharacters(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            AppointmentView booked = core.appointments.book(hall.id(),
                    on("2026-11-25", new Identity(LI_MING.idNumber(), "\u202E李\u200B明\n\u001B[1m")), true);

            assertThat(booked.maskedName()).isEqualTo("李****");
            assertThat(core.appointments.find(hall.id(), booked.id()).maskedName()).doesNotContain("\u202E", "\n", "\u001B", "\u200B");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aForgedCodeNamingAnotherHallIsRefusedAsForgedBeforeItsHallIsLookedAt(String redis) {
        Hall hall = TestHalls.small();
        Hall other = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall, other)) {
            AppointmentView booked = core.appointments.book(hall.id(), on("2026-11-24", LI_MING), true);
            String forged = booked.code().replace("OWA1." + hall.id() + ".", "OWA1." + other.id() + ".");

            assertThatThrownBy(() -> core.appointments.checkIn(hall.id(), new CheckInRequest(UUID.randomUUID().toString(), forged), "k"))
                    .isInstanceOfSatisfying(RefusedException.class,
                            e -> assertThat(e.code()).isEqualTo("APPOINTMENT_CODE_INVALID"));
            assertThatThrownBy(() -> core.appointments.checkIn(hall.id(),
                    new CheckInRequest(UUID.randomUUID().toString(), "OWA1.nosuchhall.x1.20261124.AAAAAAAAAAAAAAAAAAAA"), "k"))
                    .isInstanceOfSatisfying(RefusedException.class,
                            e -> assertThat(e.code()).isEqualTo("APPOINTMENT_CODE_INVALID"));
        }
    }
}
