package org.onewindow.server.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.rest.ParkedTicket;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;

/** 挂起 and resume against a real Redis: a parked ticket waits at its window and is never lost. */
class ParkAndResumeTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));

    private TicketView issue(QueueCore core, Hall hall, String area) {
        return new Arrivals(core, clock, hall).walkIn(area);
    }

    private HallEvent last(QueueCore core, Hall hall) {
        return new Arrivals(core, clock, hall).lastEvent();
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aParkedTicketFreesTheWindowAndIsServedAgainThereAnnouncedAsARecall(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            TicketView first = issue(core, hall, "biz");
            issue(core, hall, "biz");
            core.calling.signIn(hall.id(), "1", "clerk01");
            core.calling.callNext(hall.id(), "1", "clerk01");
            Instant parkedAt = clock.instant();

            core.tools.park(hall.id(), "1", "clerk01");
            assertThat(last(core, hall).type()).isEqualTo(HallEventType.TICKET_PARKED);
            var window = core.calling.window(hall.id(), "1");
            assertThat(window.current()).isNull();
            assertThat(window.parked()).extracting(ParkedTicket::number, ParkedTicket::parkedAt)
                    .containsExactly(tuple("A001", parkedAt));
            assertThat(core.calling.callNext(hall.id(), "1", "clerk01")).map(TicketView::number).hasValue("A002");
            assertThatThrownBy(() -> core.tools.resumeParked(hall.id(), "1", first.ticketId(), "clerk01"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("WINDOW_BUSY"));
            core.calling.finish(hall.id(), "1", "clerk01");

            clock.advance(Duration.ofMinutes(4));
            TicketView resumed = core.tools.resumeParked(hall.id(), "1", first.ticketId(), "clerk01");
            assertThat(resumed.number()).isEqualTo("A001");
            assertThat(resumed.calledAt()).isEqualTo(clock.instant());
            HallEvent event = last(core, hall);
            assertThat(event.type()).isEqualTo(HallEventType.TICKET_RECALLED);
            assertThat(event.get("callId")).isNotBlank();
            assertThat(core.state.board(hall.id()).recentCalls().get(0).recall()).isTrue();
            assertThat(core.calling.window(hall.id(), "1").parked()).isEmpty();
            assertThat(core.calling.window(hall.id(), "1").current().number()).isEqualTo("A001");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void atMostTheConfiguredNumberIsParkedAndOnlyAtItsOwnWindowIsItResumed(String redis) {
        Hall hall = TestHalls.small();
        CallingSettings two = new CallingSettings(3, 1, CallingSettings.ReactivatePosition.ORIGINAL, 2);
        try (QueueCore core = QueueCore.on(redis, clock, two, hall)) {
            for (int i = 0; i < 3; i++) {
                issue(core, hall, "biz");
            }
            core.calling.signIn(hall.id(), "1", "clerk01");
            core.calling.signIn(hall.id(), "2", "clerk02");
            assertThatThrownBy(() -> core.tools.park(hall.id(), "1", "clerk01"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOTHING_TO_PARK"));
            String firstId = core.calling.callNext(hall.id(), "1", "clerk01").orElseThrow().ticketId();
            core.tools.park(hall.id(), "1", "clerk01");
            core.calling.callNext(hall.id(), "1", "clerk01");
            core.tools.park(hall.id(), "1", "clerk01");
            core.calling.callNext(hall.id(), "1", "clerk01");
            long version = core.reader.version(hall.id());
            assertThatThrownBy(() -> core.tools.park(hall.id(), "1", "clerk01"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("PARK_LIMIT"));
            assertThatThrownBy(() -> core.tools.resumeParked(hall.id(), "2", firstId, "clerk02"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_PARKED"));
            assertThat(core.reader.version(hall.id())).isEqualTo(version);
            assertThat(core.calling.window(hall.id(), "1").current().number()).isEqualTo("A003");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void signingOutPutsParkedTicketsBackAtTheFrontOfTheirQueue(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "biz");
            issue(core, hall, "biz");
            issue(core, hall, "biz");
            core.calling.signIn(hall.id(), "1", "clerk01");
            core.calling.callNext(hall.id(), "1", "clerk01");
            core.tools.park(hall.id(), "1", "clerk01");
            core.calling.callNext(hall.id(), "1", "clerk01");
            core.calling.finish(hall.id(), "1", "clerk01");
            core.calling.signOut(hall.id(), "1", "clerk01");

            assertThat(core.tickets.waiting(hall.id(), "biz")).extracting(TicketView::number, TicketView::status)
                    .containsExactly(tuple("A001", "WAITING"),
                            tuple("A003", "WAITING"));
            core.calling.signIn(hall.id(), "2", "clerk02");
            assertThat(core.calling.callNext(hall.id(), "2", "clerk02")).map(TicketView::number).hasValue("A001");
            core.calling.signIn(hall.id(), "1", "clerk03");
            assertThat(core.calling.window(hall.id(), "1").parked()).isEmpty();
        }
    }
}
