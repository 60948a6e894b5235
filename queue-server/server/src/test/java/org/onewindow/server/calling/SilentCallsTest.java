package org.onewindow.server.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.message.RecentCall;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.SilenceSetting;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventLog;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;

/** 无声叫号: a call is silent when its window's switch or its hall's is on; it is still shown. */
class SilentCallsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));

    private void issue(QueueCore core, Hall hall) {
        core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), "biz", null, null, null, null),
                "kiosk-1");
    }

    private static String lastSilentField(QueueCore core, Hall hall) {
        List<HallEvent> events = new HallEventLog(core.pool).readAfter(hall.id(), "0-0", 1000);
        return events.get(events.size() - 1).get("silent");
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void theWindowsSwitchSilencesItsCallsAndRecallsOnlyAndTheyStayOnTheBoard(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall);
            issue(core, hall);
            core.calling.signIn(hall.id(), "1", "clerk01");
            core.calling.signIn(hall.id(), "2", "clerk02");
            assertThat(core.tools.setSilent(hall.id(), "1", "clerk01", true).silent()).isTrue();

            core.calling.callNext(hall.id(), "1", "clerk01");
            assertThat(lastSilentField(core, hall)).isEqualTo("1");
            core.calling.recall(hall.id(), "1", "clerk01");
            assertThat(lastSilentField(core, hall)).isEqualTo("1");
            core.calling.callNext(hall.id(), "2", "clerk02");
            assertThat(lastSilentField(core, hall)).isEqualTo("0");
            assertThat(core.state.board(hall.id()).recentCalls()).extracting(RecentCall::ticketNumber, RecentCall::silent)
                    .containsExactly(tuple("A002", false),
                            tuple("A001", true));

            assertThat(core.tools.setSilent(hall.id(), "1", "clerk01", false).silent()).isFalse();
            assertThatThrownBy(() -> core.tools.setSilent(hall.id(), "1", "clerk01", null))
                    .isInstanceOf(InvalidFieldException.class);
            core.calling.finish(hall.id(), "1", "clerk01");
            core.calling.signOut(hall.id(), "1", "clerk01");
            assertThatThrownBy(() -> core.tools.setSilent(hall.id(), "1", "clerk01", true))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_SIGNED_IN"));
            core.calling.signIn(hall.id(), "2", "clerk02");
            core.tools.setSilent(hall.id(), "2", "clerk02", true);
            core.calling.finish(hall.id(), "2", "clerk02");
            core.calling.signOut(hall.id(), "2", "clerk02");
            assertThat(core.calling.signIn(hall.id(), "2", "clerk03").silent()).as("the next clerk starts spoken").isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void theHallsSwitchStartsFromTheHallFileAndSilencesEveryWindow(String redis) {
        Hall plain = TestHalls.small();
        Hall quiet = new Hall(plain.id(), plain.name(), plain.nameEn(), plain.timeZone(), plain.openingHours(),
                plain.areas(), plain.windows(), plain.items(), plain.priority(), plain.tidal(), plain.appointments(),
                plain.lockers(), true);
        try (QueueCore core = QueueCore.on(redis, clock, quiet)) {
            assertThat(core.silence.get(quiet.id()).silent()).isTrue();
            issue(core, quiet);
            issue(core, quiet);
            core.calling.signIn(quiet.id(), "1", "clerk01");
            assertThat(core.calling.window(quiet.id(), "1").silent()).isTrue();
            core.calling.callNext(quiet.id(), "1", "clerk01");
            assertThat(lastSilentField(core, quiet)).isEqualTo("1");
            core.calling.finish(quiet.id(), "1", "clerk01");

            assertThat(core.silence.set(quiet.id(), "manager", new SilenceSetting(false)).silent()).isFalse();
            assertThat(core.calling.window(quiet.id(), "1").silent()).isFalse();
            core.calling.callNext(quiet.id(), "1", "clerk01");
            assertThat(lastSilentField(core, quiet)).isEqualTo("0");
            assertThatThrownBy(() -> core.silence.set(quiet.id(), "manager", new SilenceSetting(null)))
                    .isInstanceOf(InvalidFieldException.class);
        }
    }
}
