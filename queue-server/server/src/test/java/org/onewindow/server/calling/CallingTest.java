package org.onewindow.server.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.message.RecentCall;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.rest.TransferRequest;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;

/** A window's work against a real Redis: call, recall, no-show, reactivate, transfer, finish, pause. */
class CallingTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));

    private TicketView issue(QueueCore core, Hall hall, String area) {
        return new Arrivals(core, clock, hall).walkIn(area);
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void callsInArrivalOrderAcrossTheWindowsAreas(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "estate");
            issue(core, hall, "biz");
            issue(core, hall, "social");
            core.calling.signIn(hall.id(), "5", "clerk05");
            assertThat(core.calling.callNext(hall.id(), "5", "clerk05")).map(TicketView::number).hasValue("B001");
            core.calling.finish(hall.id(), "5", "clerk05");
            assertThat(core.calling.callNext(hall.id(), "5", "clerk05")).map(TicketView::number).hasValue("A001");
            core.calling.finish(hall.id(), "5", "clerk05");
            assertThat(core.calling.callNext(hall.id(), "5", "clerk05")).isEmpty();
            assertThat(core.calling.window(hall.id(), "5").servedToday()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aWindowMustFinishBeforeCallingAgainAndCannotFinishWhatWasNeverCalled(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "biz");
            issue(core, hall, "biz");
            assertThatThrownBy(() -> core.calling.callNext(hall.id(), "1", "clerk01"))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("nobody is signed in");
            core.calling.signIn(hall.id(), "1", "clerk01");
            assertThatThrownBy(() -> core.calling.finish(hall.id(), "1", "clerk01"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOTHING_TO_FINISH"));
            core.calling.callNext(hall.id(), "1", "clerk01");
            long version = core.reader.version(hall.id());
            assertThatThrownBy(() -> core.calling.callNext(hall.id(), "1", "clerk01"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("WINDOW_BUSY"));
            assertThat(core.reader.version(hall.id())).isEqualTo(version);
            assertThat(core.tickets.waiting(hall.id(), "biz")).extracting(TicketView::number).containsExactly("A002");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void recallIsLimitedAndNoShowNeedsARecallFirstAndCanBeReactivatedToItsPlace(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            TicketView first = issue(core, hall, "biz");
            issue(core, hall, "biz");
            core.calling.signIn(hall.id(), "1", "clerk01");
            core.calling.callNext(hall.id(), "1", "clerk01");
            assertThatThrownBy(() -> core.calling.noShow(hall.id(), "1", "clerk01"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("RECALL_FIRST"));
            for (int i = 1; i <= 3; i++) {
                assertThat(core.calling.recall(hall.id(), "1", "clerk01").recalls()).isEqualTo(i);
            }
            assertThatThrownBy(() -> core.calling.recall(hall.id(), "1", "clerk01"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("RECALL_LIMIT"));
            assertThat(core.calling.noShow(hall.id(), "1", "clerk01").status()).isEqualTo("NO_SHOW");

            TicketView back = core.calling.reactivate(hall.id(), first.ticketId(), "manager");
            assertThat(back.status()).isEqualTo("WAITING");
            assertThat(core.tickets.waiting(hall.id(), "biz")).extracting(TicketView::number)
                    .containsExactly("A001", "A002");
            assertThatThrownBy(() -> core.calling.reactivate(hall.id(), first.ticketId(), "manager"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_NO_SHOW"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aRecallMovesTheTicketToTheTopOfTheRecentCallsWhereEachTicketIsListedOnce(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "biz");
            issue(core, hall, "social");
            core.calling.signIn(hall.id(), "1", "clerk01");
            core.calling.signIn(hall.id(), "9", "clerk09");
            core.calling.callNext(hall.id(), "1", "clerk01");
            core.calling.callNext(hall.id(), "9", "clerk09");
            core.calling.recall(hall.id(), "1", "clerk01");
            core.calling.recall(hall.id(), "1", "clerk01");

            List<RecentCall> calls = core.state.board(hall.id()).recentCalls();
            assertThat(calls).extracting(RecentCall::ticketNumber).containsExactly("A001", "C001");
            assertThat(calls.get(0).recall()).isTrue();
            assertThat(calls.get(1).recall()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aTransferredTicketCalledAgainIsListedOnceUnderItsNewWindow(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "biz");
            core.calling.signIn(hall.id(), "1", "clerk01");
            core.calling.signIn(hall.id(), "9", "clerk09");
            core.calling.callNext(hall.id(), "1", "clerk01");
            core.calling.transfer(hall.id(), "1", "clerk01", new TransferRequest(null, "9"));
            core.calling.callNext(hall.id(), "9", "clerk09");

            assertThat(core.state.board(hall.id()).recentCalls()).extracting(RecentCall::ticketNumber, RecentCall::windowNo)
                    .containsExactly(tuple("A001", "9"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void reactivatedNoShowGoesToTheEndWhenConfigured(String redis) {
        Hall hall = TestHalls.small();
        CallingSettings toEnd = new CallingSettings(3, 0, CallingSettings.ReactivatePosition.END, 3);
        try (QueueCore core = QueueCore.on(redis, clock, toEnd, hall)) {
            TicketView first = issue(core, hall, "biz");
            issue(core, hall, "biz");
            core.calling.signIn(hall.id(), "1", "clerk01");
            core.calling.callNext(hall.id(), "1", "clerk01");
            core.calling.noShow(hall.id(), "1", "clerk01");
            issue(core, hall, "biz");
            core.calling.reactivate(hall.id(), first.ticketId(), "clerk01");
            assertThat(core.tickets.waiting(hall.id(), "biz")).extracting(TicketView::number)
                    .containsExactly("A002", "A003", "A001");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void transferKeepsTheNumberAndTheOriginalPlace(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "biz");
            issue(core, hall, "estate");
            issue(core, hall, "estate");
            core.calling.signIn(hall.id(), "1", "clerk01");
            core.calling.callNext(hall.id(), "1", "clerk01");
            TicketView moved = core.calling.transfer(hall.id(), "1", "clerk01", new TransferRequest("estate", null));
            assertThat(moved.number()).isEqualTo("A001");
            assertThat(moved.areaId()).isEqualTo("estate");
            assertThat(core.tickets.waiting(hall.id(), "estate")).extracting(TicketView::number)
                    .containsExactly("A001", "B001", "B002");
            assertThat(core.calling.callNext(hall.id(), "1", "clerk01")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void transferToAWindowIsCalledOnlyThere(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "biz");
            issue(core, hall, "social");
            core.calling.signIn(hall.id(), "1", "clerk01");
            core.calling.signIn(hall.id(), "9", "clerk09");
            core.calling.callNext(hall.id(), "1", "clerk01");
            core.calling.transfer(hall.id(), "1", "clerk01", new TransferRequest(null, "9"));
            assertThat(core.calling.callNext(hall.id(), "1", "clerk01")).isEmpty();
            assertThat(core.calling.callNext(hall.id(), "9", "clerk09")).map(TicketView::number).hasValue("A001");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aPausedWindowCallsNobodyUntilResumedAndAClerkHoldsOneWindow(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "biz");
            core.calling.signIn(hall.id(), "2", "clerk02");
            assertThatThrownBy(() -> core.calling.signIn(hall.id(), "3", "clerk02"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("CLERK_ELSEWHERE"));
            assertThatThrownBy(() -> core.calling.signIn(hall.id(), "2", "clerk03"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("WINDOW_TAKEN"));
            assertThat(core.calling.pause(hall.id(), "2", "clerk02").status()).isEqualTo("PAUSED");
            assertThatThrownBy(() -> core.calling.callNext(hall.id(), "2", "clerk02"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("WINDOW_PAUSED"));
            core.calling.resume(hall.id(), "2", "clerk02");
            assertThat(core.calling.callNext(hall.id(), "2", "clerk02")).isPresent();
            assertThatThrownBy(() -> core.calling.signOut(hall.id(), "2", "clerk02"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("WINDOW_BUSY"));
        }
    }
}
