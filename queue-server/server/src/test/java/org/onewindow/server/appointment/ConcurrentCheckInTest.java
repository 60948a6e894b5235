package org.onewindow.server.appointment;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.CheckInRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.testsupport.TestIds;


/**
 * A citizen checks in at a kiosk at the very moment the appointment is cancelled, on another
 * server instance: one of the two happens and the other is refused, never both.
 */
class ConcurrentCheckInTest {

    private static final int ROUNDS = 15;
    /** Two bookings in each of two slots: a slot takes two. */
    private static final int APPOINTMENTS = 4;
    private static final List<String> SLOTS = List.of("10:15", "10:30");

    // 10:10 in Asia/Shanghai: check-in for 10:15 is open.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:10:00Z"));

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aCheckInAndACancellationAtOnceNeverBothHappen(String redis) throws Exception {
        Hall[] halls = IntStream.range(0, ROUNDS).mapToObj(i -> TestHalls.small()).toArray(Hall[]::new);
        ExecutorService writers = Executors.newFixedThreadPool(2 * APPOINTMENTS);
        try (QueueCore kiosk = QueueCore.on(redis, clock, halls); QueueCore manager = QueueCore.on(redis, clock, halls)) {
            for (int round = 0; round < ROUNDS; round++) {
                String hallId = halls[round].id();
                List<AppointmentView> booked = new ArrayList<>();
                for (int i = 0; i < APPOINTMENTS; i++) {
                    booked.add(kiosk.appointments.book(hallId, new AppointmentRequest("estate", null, "2026-11-24",
                            SLOTS.get(i % 2), 30, TestIds.person("19900815", i, "李明")), true));
                }
                CyclicBarrier start = new CyclicBarrier(2 * APPOINTMENTS);
                List<Future<AppointmentService.CheckIn>> checkIns = new ArrayList<>();
                List<Future<AppointmentView>> cancels = new ArrayList<>();
                for (AppointmentView a : booked) {
                    checkIns.add(writers.submit(() -> {
                        start.await(10, SECONDS);
                        return kiosk.appointments.checkIn(hallId, new CheckInRequest(UUID.randomUUID().toString(), a.code()),
                                "kiosk-1");
                    }));
                    cancels.add(writers.submit(() -> {
                        start.await(10, SECONDS);
                        return manager.appointments.cancel(hallId, a.id());
                    }));
                }
                for (int i = 0; i < APPOINTMENTS; i++) {
                    String ticket = outcome(checkIns.get(i), RefusedException.class, "APPOINTMENT_CANCELLED")
                            .map(c -> c.ticket().ticket().ticketId()).orElse(null);
                    boolean cancelled = outcome(cancels.get(i), ConflictException.class, "APPOINTMENT_CHECKED_IN").isPresent();
                    AppointmentView stored = manager.appointments.find(hallId, booked.get(i).id());
                    List<String> waiting = manager.tickets.waiting(hallId, "estate").stream().map(TicketView::ticketId).toList();

                    assertThat(ticket != null && cancelled).as("round %d: both checked in and cancelled", round).isFalse();
                    assertThat(ticket != null || cancelled).as("round %d: neither happened", round).isTrue();
                    if (cancelled) {
                        assertThat(stored.status()).as("round %d: the acknowledged cancellation", round).isEqualTo("CANCELLED");
                    } else {
                        assertThat(stored.status()).as("round %d: the acknowledged check-in", round).isEqualTo("CHECKED_IN");
                        assertThat(stored.ticketId()).isEqualTo(ticket);
                        assertThat(waiting).contains(ticket);
                    }
                }
                List<String> checkedIn = booked.stream().map(a -> manager.appointments.find(hallId, a.id()))
                        .filter(a -> a.status().equals("CHECKED_IN")).map(AppointmentView::slotStart).toList();
                for (String slot : SLOTS) {
                    assertThat(placesTaken(manager, hallId, slot)).as("round %d: places of slot %s still taken", round, slot)
                            .isEqualTo(checkedIn.stream().filter(slot::equals).count());
                }
                assertThat(manager.tickets.waiting(hallId, "estate")).as("round %d: tickets of the checked-in only", round)
                        .hasSize(checkedIn.size());
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private static long placesTaken(QueueCore core, String hallId, String slot) {
        return Long.parseLong(Objects.requireNonNullElse(
                core.pool.hget(HallKeys.of(hallId).appointmentSlots("2026-11-24"), "estate|" + slot), "0"));
    }

    /** What an attempt returned, or empty when it was refused with the expected code. */
    private static <T> Optional<T> outcome(Future<T> attempt, Class<? extends RuntimeException> refusal, String code)
            throws Exception {
        try {
            return Optional.of(attempt.get(30, SECONDS));
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(refusal).hasFieldOrPropertyWithValue("code", code);
            return Optional.empty();
        }
    }
}
