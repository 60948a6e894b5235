package org.onewindow.server.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.rest.CallChosenRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;

/** 选呼 against a real Redis: a chosen waiting ticket is called out of turn, with its reason. */
class CallChosenTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));

    private TicketView issue(QueueCore core, Hall hall, String area) {
        return new Arrivals(core, clock, hall).walkIn(area);
    }

    private HallEvent last(QueueCore core, Hall hall) {
        return new Arrivals(core, clock, hall).lastEvent();
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aChosenTicketIsCalledOutOfTurnWithItsReasonInTheLogAndOnTheBoard(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "biz");
            TicketView second = issue(core, hall, "biz");
            core.calling.signIn(hall.id(), "1", "clerk01");

            TicketView called = core.tools.callChosen(hall.id(), "1", "clerk01",
                    new CallChosenRequest(null, second.number(), "RETURNED", null));

            assertThat(called.number()).isEqualTo("A002");
            assertThat(called.status()).isEqualTo("CALLED");
            assertThat(core.calling.window(hall.id(), "1").current().number()).isEqualTo("A002");
            assertThat(core.tickets.waiting(hall.id(), "biz")).extracting(TicketView::number).containsExactly("A001");
            HallEvent event = last(core, hall);
            assertThat(event.type()).isEqualTo(HallEventType.TICKET_CALLED);
            assertThat(event.get("reason")).isEqualTo("RETURNED");
            assertThat(event.actor()).isEqualTo("clerk01");
            assertThat(core.state.board(hall.id()).recentCalls()).first()
                    .satisfies(c -> assertThat(c.ticketNumber()).isEqualTo("A002"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void refusesWhatIsNotWaitingNotServableHereOrWhileTheWindowIsBusyAndChangesNothing(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            TicketView biz = issue(core, hall, "biz");
            TicketView social = issue(core, hall, "social");
            TicketView biz2 = issue(core, hall, "biz");
            core.calling.signIn(hall.id(), "1", "clerk01");
            long version = core.reader.version(hall.id());

            assertThatThrownBy(() -> core.tools.callChosen(hall.id(), "1", "clerk01",
                    new CallChosenRequest(social.ticketId(), null, "ARRANGED", null)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_SERVABLE"));
            assertThatThrownBy(() -> core.tools.callChosen(hall.id(), "1", "clerk01",
                    new CallChosenRequest(null, "A099", "ARRANGED", null)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(core.reader.version(hall.id())).isEqualTo(version);

            core.tools.callChosen(hall.id(), "1", "clerk01", new CallChosenRequest(biz.ticketId(), null, "APPOINTMENT", null));
            assertThatThrownBy(() -> core.tools.callChosen(hall.id(), "1", "clerk01",
                    new CallChosenRequest(biz2.ticketId(), null, "APPOINTMENT", null)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("WINDOW_BUSY"));
            core.calling.signIn(hall.id(), "2", "clerk02");
            assertThatThrownBy(() -> core.tools.callChosen(hall.id(), "2", "clerk02",
                    new CallChosenRequest(biz.ticketId(), null, "APPOINTMENT", null)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_WAITING"));
            assertThat(core.tickets.waiting(hall.id(), "biz")).extracting(TicketView::number).containsExactly("A002");
            assertThat(core.tickets.waiting(hall.id(), "social")).extracting(TicketView::number).containsExactly("C001");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void badRequestsAreRefusedBeforeRedisIsTouched(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            TicketView biz = issue(core, hall, "biz");
            core.calling.signIn(hall.id(), "1", "clerk01");
            long version = core.reader.version(hall.id());
            assertThatThrownBy(() -> core.tools.callChosen(hall.id(), "1", "clerk01",
                    new CallChosenRequest(biz.ticketId(), null, "OTHER", " ")))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("note"));
            assertThatThrownBy(() -> core.tools.callChosen(hall.id(), "1", "clerk01",
                    new CallChosenRequest(biz.ticketId(), null, "BECAUSE", null)))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("reason"));
            assertThatThrownBy(() -> core.tools.callChosen(hall.id(), "1", "clerk01",
                    new CallChosenRequest(biz.ticketId(), biz.number(), "ARRANGED", null)))
                    .isInstanceOf(InvalidFieldException.class);
            assertThatThrownBy(() -> core.tools.callChosen(hall.id(), "1", "clerk01",
                    new CallChosenRequest("x'; DROP", null, "ARRANGED", null)))
                    .isInstanceOf(InvalidFieldException.class);
            assertThat(core.reader.version(hall.id())).isEqualTo(version);
            TicketView other = core.tools.callChosen(hall.id(), "1", "clerk01",
                    new CallChosenRequest(biz.ticketId(), null, "OTHER", "窗口协调"));
            assertThat(other.number()).isEqualTo("A001");
        }
    }
}
