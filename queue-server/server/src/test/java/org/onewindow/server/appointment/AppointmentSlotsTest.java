package org.onewindow.server.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.identity.CitizenIdNumber;
import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.AppointmentSlot;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;

/** Slots from opening hours, their capacity under concurrent booking, one booking per person, cancelling. */
class AppointmentSlotsTest {

    /** Tuesday 24 November 2026, 10:00 in the hall (30-minute slots of 2 in the test hall). */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
    private final Hall hall = TestHalls.small();

    private static Identity person(int n) {
        // Valid check digits are computed, so every booker is a different person.
        String body = String.format("62290119800101%03d", n % 1000);
        return new Identity(body + CitizenIdNumber.checkCharacter(body), "市民" + n);
    }

    private static AppointmentRequest at(String date, String slot, int person) {
        return new AppointmentRequest("estate", null, date, slot, 30, person(person));
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void slotsFollowTheOpeningHoursOfWorkingDays(String redis) {
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            List<AppointmentSlot> today = core.appointments.slots(hall.id(), "estate", LocalDate.of(2026, 11, 24));
            // 08:30-17:30 in 30-minute slots: 18; at 10:00 the slots up to 09:30 have begun.
            assertThat(today).hasSize(14);
            assertThat(today.get(0).start()).isEqualTo("10:30");
            assertThat(today.get(today.size() - 1).end()).isEqualTo("17:30");
            assertThat(core.appointments.slots(hall.id(), "estate", LocalDate.of(2026, 11, 25))).hasSize(18);
            assertThat(core.appointments.slots(hall.id(), "estate", LocalDate.of(2026, 11, 28))).as("Saturday").isEmpty();
            assertThat(core.appointments.slots(hall.id(), "estate", LocalDate.of(2026, 12, 2))).as("past days-ahead").isEmpty();
            assertThatThrownBy(() -> core.appointments.book(hall.id(), at("2026-11-25", "10:15", 1)))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("10:15");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aSlotNeverTakesMoreThanItsCapacityHoweverManyBookAtOnce(String redis) throws Exception {
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<AppointmentView>> bookings = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                bookings.add(() -> core.appointments.book(hall.id(), at("2026-11-25", "09:00", n)));
            }
            int booked = 0;
            int full = 0;
            for (Future<AppointmentView> f : pool.invokeAll(bookings)) {
                try {
                    f.get();
                    booked++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class).hasMessageContaining("fully booked");
                    full++;
                }
            }
            pool.shutdown();
            assertThat(booked).isEqualTo(2);
            assertThat(full).isEqualTo(38);
            AppointmentSlot slot = core.appointments.slots(hall.id(), "estate", LocalDate.of(2026, 11, 25)).stream()
                    .filter(s -> s.start().equals("09:00")).findFirst().orElseThrow();
            assertThat(slot.booked()).isEqualTo(2);
            assertThat(slot.free()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void onePersonBooksOneSlotPerAreaAndDayAndACancelledPlaceGoesBack(String redis) {
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            AppointmentView first = core.appointments.book(hall.id(), at("2026-11-25", "11:00", 7));
            assertThatThrownBy(() -> core.appointments.book(hall.id(), at("2026-11-25", "14:00", 7)))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("already has appointment");
            core.appointments.book(hall.id(), at("2026-11-25", "11:00", 8));
            assertThatThrownBy(() -> core.appointments.book(hall.id(), at("2026-11-25", "11:00", 9)))
                    .isInstanceOf(ConflictException.class);
            AppointmentView cancelled = core.appointments.cancel(hall.id(), first.id());
            assertThat(cancelled.status()).isEqualTo("CANCELLED");
            assertThatThrownBy(() -> core.appointments.cancel(hall.id(), first.id())).isInstanceOf(ConflictException.class);
            // Its place and its person are free again.
            core.appointments.book(hall.id(), at("2026-11-25", "11:00", 9));
            core.appointments.book(hall.id(), at("2026-11-25", "14:00", 7));
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aCheckedInAppointmentCannotBeCancelled(String redis) {
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            AppointmentView booked = core.appointments.book(hall.id(), at("2026-11-24", "10:30", 11));
            core.appointments.checkIn(hall.id(), new CheckInRequest("scan-1", booked.code()), "kiosk-1");
            assertThatThrownBy(() -> core.appointments.cancel(hall.id(), booked.id()))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("checked_in");
        }
    }
}
