package org.onewindow.server.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.WindowScreen;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.TicketRecord;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.LongFormTickets;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;


/**
 * Boards and area queues come from one read-only script; what they show is what the hall's keys
 * hold, read one by one: lengths, the oldest wait among the head of each queue, version, recent
 * calls and the notice. Window screens, read all at once with the tickets they show, are each what
 * it is read alone.
 */
class HallStateReadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));

    private static void issue(QueueCore core, Hall hall, String area) {
        core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), area, null, null, null, null),
                "kiosk-1");
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void boardAndAreaQueuesShowWhatTheHallsKeysHold(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "biz");
            issue(core, hall, "biz");
            clock.advance(Duration.ofMinutes(4));
            issue(core, hall, "estate");
            issue(core, hall, "biz");
            clock.advance(Duration.ofMinutes(3));
            core.calling.signIn(hall.id(), "1", "clerk01");
            core.calling.callNext(hall.id(), "1", "clerk01");
            HallKeys keys = HallKeys.of(hall.id());
            core.scripts.run("set_notice", List.of(keys.notice(), keys.version(), keys.events()),
                    List.of("午间不休", "manager", Long.toString(clock.millis())));

            List<AreaQueue> areas = core.state.areaQueues(hall.id());
            assertThat(areas).extracting(AreaQueue::areaId, AreaQueue::waiting, AreaQueue::oldestWaitSeconds,
                    AreaQueue::openWindows).containsExactly(
                            tuple("biz", 2, 420L, 1),
                            tuple("estate", 1, 180L, 0),
                            tuple("social", 0, 0L, 0));
            String day = BusinessDay.today(clock, hall.timeZone());
            for (AreaQueue a : areas) {
                String queue = keys.areaQueue(day, a.areaId());
                assertThat(a.waiting()).isEqualTo(core.reader.queueLength(queue));
                long oldest = core.reader.oldestArrival(hall.id(), day, queue);
                assertThat(a.oldestWaitSeconds()).isEqualTo(oldest < 0 ? 0 : (clock.millis() - oldest) / 1000);
                assertThat(a.seq()).isEqualTo(core.reader.version(hall.id()));
            }

            BoardState board = core.state.board(hall.id());
            assertThat(board.areas()).isEqualTo(areas);
            assertThat(board.seq()).isEqualTo(core.reader.version(hall.id()));
            assertThat(board.notice()).isEqualTo("午间不休").isEqualTo(core.reader.notice(hall.id()));
            assertThat(board.recentCalls()).extracting(c -> c.ticketNumber(), c -> c.windowNo())
                    .containsExactly(tuple("A001", "1"));
            assertThat(board.recentCalls().get(0).callId())
                    .isEqualTo(core.reader.recentCalls(hall.id(), day, 10).get(0).callId());
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aTicketWrittenWithoutAPlainArrivalReadsAsTheServerReadsIt(String redis) throws Exception {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "biz");
            clock.advance(Duration.ofMinutes(2));
            issue(core, hall, "estate");
            String day = BusinessDay.today(clock, hall.timeZone());
            HallKeys keys = HallKeys.of(hall.id());
            // As an earlier version left them: one ticket with no arrival, one with it spaced out.
            for (Map.Entry<String, String> t : core.pool.hgetAll(keys.tickets(day)).entrySet()) {
                String longForm = LongFormTickets.of(TicketRecord.decode(t.getValue()), "");
                String json = t.getKey().contains("-A")
                        ? ((ObjectNode) JSON.readTree(longForm)).without("arrival").toString()
                        : longForm.replace("\"arrival\":", "\"arrival\": ");
                core.pool.hset(keys.tickets(day), t.getKey(), json);
            }
            clock.advance(Duration.ofMinutes(1));

            List<AreaQueue> areas = core.state.areaQueues(hall.id());
            for (AreaQueue a : areas) {
                long oldest = core.reader.oldestArrival(hall.id(), day, keys.areaQueue(day, a.areaId()));
                assertThat(a.oldestWaitSeconds()).as(a.areaId())
                        .isEqualTo(oldest < 0 ? 0 : (clock.millis() - oldest) / 1000);
            }
            assertThat(areas).extracting(AreaQueue::areaId, AreaQueue::waiting).startsWith(tuple("biz", 1), tuple("estate", 1));
            assertThat(areas.get(1).oldestWaitSeconds()).isEqualTo(60);
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void everyWindowScreenIsTheOneReadAlone(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "biz");
            issue(core, hall, "estate");
            core.calling.signIn(hall.id(), "1", "clerk01");
            core.calling.callNext(hall.id(), "1", "clerk01");
            core.calling.signIn(hall.id(), "5", "clerk05");
            core.calling.callNext(hall.id(), "5", "clerk05");
            core.calling.finish(hall.id(), "5", "clerk05");
            core.calling.signIn(hall.id(), "6", "clerk06");

            List<WindowScreen> screens = core.state.windowScreens(hall.id());
            assertThat(screens).hasSize(hall.windows().size());
            assertThat(screens).filteredOn(s -> s.windowNo().equals("1")).singleElement()
                    .satisfies(s -> assertThat(s.servingTicket()).isEqualTo("A001"));
            assertThat(screens).filteredOn(s -> !s.windowNo().equals("1")).allMatch(s -> s.servingTicket().isEmpty());
            for (WindowScreen s : screens) {
                assertThat(s).isEqualTo(core.state.windowScreen(hall.id(), s.windowNo()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void theScriptBringsTheServedTicketsOnlyWhenAsked(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "biz");
            core.calling.signIn(hall.id(), "1", "clerk01");
            String called = core.calling.callNext(hall.id(), "1", "clerk01").orElseThrow().ticketId();
            String day = BusinessDay.today(clock, hall.timeZone());

            assertThat(core.reader.snapshot(hall.id(), day, List.of(), 0, true).served())
                    .containsOnlyKeys(called)
                    .containsEntry(called, core.reader.ticket(hall.id(), called).orElseThrow());
            assertThat(core.reader.snapshot(hall.id(), day, List.of(), 0).served()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aTicketServedSinceYesterdayStillShowsOnItsWindowsScreen(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            issue(core, hall, "biz");
            core.calling.signIn(hall.id(), "1", "clerk01");
            core.calling.callNext(hall.id(), "1", "clerk01");
            clock.advance(Duration.ofDays(1));

            WindowScreen screen = core.state.windowScreens(hall.id()).stream()
                    .filter(s -> s.windowNo().equals("1")).findFirst().orElseThrow();
            assertThat(screen.servingTicket()).isEqualTo("A001");
            assertThat(screen).isEqualTo(core.state.windowScreen(hall.id(), "1"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aHallWithNothingYetReadsAsEmpty(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            BoardState board = core.state.board(hall.id());
            assertThat(board.seq()).isZero();
            assertThat(board.notice()).isEmpty();
            assertThat(board.recentCalls()).isEmpty();
            assertThat(board.areas()).extracting(AreaQueue::waiting).containsExactly(0, 0, 0);
            assertThat(board.areas()).allMatch(AreaQueue::noWindowOpen);
        }
    }
}
