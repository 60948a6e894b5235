package org.onewindow.server.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.ticket.AppointmentTicket;

/** Checking in appointments by their signed codes, on a real Redis. */
class AppointmentCheckInTest {

    // 10:00 in Asia/Shanghai.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
    private static final Identity LI_MING = new Identity("622901199008150032", "李明");

    private static AppointmentRequest at(String date, String slot) {
        return new AppointmentRequest("estate", null, date, slot, 30, LI_MING);
    }

    private static CheckInRequest scan(String code) {
        return new CheckInRequest(UUID.randomUUID().toString(), code);
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (RefusedException e) {
            return e.code();
        }
        throw new AssertionError("expected a refusal");
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aCheckedInAppointmentIsCalledAheadOfWalkInsAndCheckingInAgainGivesTheSameTicket(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            AppointmentView booked = core.appointments.book(hall.id(), at("2026-11-24", "10:15"), true);
            clock.advance(Duration.ofMinutes(8));
            TicketView walkIn = core.tickets.issue(hall.id(),
                    new IssueTicketRequest(UUID.randomUUID().toString(), "estate", null, null, null, null), "kiosk-1").ticket();
            clock.advance(Duration.ofMinutes(2));

            // Checked in at 10:10 for 10:15, it counts as arrived at 10:05: before the 10:08 walk-in.
            AppointmentService.CheckIn first = core.appointments.checkIn(hall.id(), scan(booked.code()), "kiosk-1");
            AppointmentService.CheckIn again = core.appointments.checkIn(hall.id(), scan(booked.code()), "kiosk-2");

            assertThat(first.ticket().created()).isTrue();
            assertThat(first.ticket().ticket().priority()).isEqualTo("APPOINTMENT");
            assertThat(first.ticket().ticket().maskedName()).isEqualTo("李*");
            assertThat(again.ticket().created()).isFalse();
            assertThat(again.ticket().ticket().ticketId()).isEqualTo(first.ticket().ticket().ticketId());
            assertThat(core.appointments.find(hall.id(), booked.id())).satisfies(a -> {
                assertThat(a.status()).isEqualTo("CHECKED_IN");
                assertThat(a.ticketId()).isEqualTo(first.ticket().ticket().ticketId());
            });
            assertThat(core.tickets.waiting(hall.id(), "estate")).extracting(TicketView::ticketId)
                    .containsExactly(first.ticket().ticket().ticketId(), walkIn.ticketId());
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void forgedAlteredOtherHallWrongDayAndEarlyCodesAreRefusedAndIssueNothing(String redis) {
        Hall hall = TestHalls.small();
        Hall other = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall, other)) {
            AppointmentView booked = core.appointments.book(hall.id(), at("2026-11-24", "10:15"), true);
            AppointmentView tomorrow = core.appointments.book(hall.id(), at("2026-11-25", "10:15"), true);
            AppointmentView afternoon = core.appointments.book(hall.id(), new AppointmentRequest("estate", null, "2026-11-24",
                    "15:00", 30, new Identity("622901197511200050", "赵强")), true);
            AppointmentView elsewhere = core.appointments.book(other.id(), at("2026-11-24", "10:15"), true);
            String code = booked.code();
            char last = code.charAt(code.length() - 1);
            String altered = code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A');
            String otherDay = code.replace(".20261124.", ".20261125.");
            String otherId = code.replace("." + booked.id() + ".", "." + tomorrow.id() + ".");

            assertThat(refusal(() -> core.appointments.checkIn(hall.id(), scan(altered), "k"))).isEqualTo("APPOINTMENT_CODE_INVALID");
            assertThat(refusal(() -> core.appointments.checkIn(hall.id(), scan(otherDay), "k"))).isEqualTo("APPOINTMENT_CODE_INVALID");
            assertThat(refusal(() -> core.appointments.checkIn(hall.id(), scan(otherId), "k"))).isEqualTo("APPOINTMENT_CODE_INVALID");
            assertThat(refusal(() -> core.appointments.checkIn(hall.id(), scan("https://example.com/x"), "k"))).isEqualTo("APPOINTMENT_CODE_INVALID");
            assertThat(refusal(() -> core.appointments.checkIn(hall.id(), scan(elsewhere.code()), "k"))).isEqualTo("APPOINTMENT_OTHER_HALL");
            assertThat(refusal(() -> core.appointments.checkIn(hall.id(), scan(tomorrow.code()), "k"))).isEqualTo("APPOINTMENT_NOT_TODAY");
            assertThat(refusal(() -> core.appointments.checkIn(hall.id(), scan(afternoon.code()), "k"))).isEqualTo("APPOINTMENT_TOO_EARLY");
            assertThat(core.tickets.waiting(hall.id(), "estate")).isEmpty();
            assertThat(core.appointments.find(hall.id(), booked.id()).status()).isEqualTo("BOOKED");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aLateAppointmentBecomesAnOrdinaryTicket(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            AppointmentView booked = core.appointments.book(hall.id(), at("2026-11-24", "09:00"), true);

            TicketView ticket = core.appointments.checkIn(hall.id(), scan(booked.code()), "kiosk-1").ticket().ticket();

            assertThat(ticket.priority()).isEqualTo("NORMAL");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aTicketRequestCannotClaimAnAppointmentWithoutItsCode(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            AppointmentView booked = core.appointments.book(hall.id(), at("2026-11-24", "10:15"), true);

            assertThatThrownBy(() -> core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(),
                    "estate", null, null, null, booked.id()), "kiosk-1")).hasMessageContaining("signed code");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aCheckInThatReadTheAppointmentBeforeItWasCancelledIssuesNothing(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            AppointmentView booked = core.appointments.book(hall.id(), at("2026-11-24", "10:15"), true);
            core.appointments.cancel(hall.id(), booked.id());

            // What a kiosk that had just read the appointment as booked goes on to do.
            assertThatThrownBy(() -> core.tickets.issueForAppointment(hall.id(), new AppointmentTicket(booked.id(), "estate",
                    "", "person-key", "李*", Instant.parse("2026-11-24T02:15:00Z")), "kiosk-1"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("APPOINTMENT_CANCELLED"));
            assertThat(refusal(() -> core.appointments.checkIn(hall.id(), scan(booked.code()), "k"))).isEqualTo("APPOINTMENT_CANCELLED");
            assertThat(core.tickets.waiting(hall.id(), "estate")).isEmpty();
            assertThat(core.appointments.find(hall.id(), booked.id()).status()).isEqualTo("CANCELLED");
        }
    }
}
