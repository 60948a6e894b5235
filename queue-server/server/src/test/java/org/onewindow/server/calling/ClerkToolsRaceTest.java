package org.onewindow.server.calling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.rest.CallChosenRequest;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;

/**
 * Two server instances on one Redis, racing: two windows choosing the same ticket, and a resume
 * racing the window's sign-out. Each race is run many times so that both orders happen.
 */
class ClerkToolsRaceTest {

    private static final int ROUNDS = 40;

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void twoWindowsChoosingTheSameTicketExactlyOneWins(String redis) throws Exception {
        Hall hall = TestHalls.small();
        try (QueueCore a = QueueCore.on(redis, Clock.systemUTC(), hall); QueueCore b = QueueCore.on(redis, Clock.systemUTC(), hall)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                a.calling.signIn(hall.id(), "1", "clerk01");
                b.calling.signIn(hall.id(), "2", "clerk02");
                for (int round = 0; round < ROUNDS; round++) {
                    String id = issue(a, hall).ticketId();
                    List<String> winners = race(pool,
                            () -> a.tools.callChosen(hall.id(), "1", "clerk01", new CallChosenRequest(id, null, "ARRANGED", null)),
                            () -> b.tools.callChosen(hall.id(), "2", "clerk02", new CallChosenRequest(id, null, "ARRANGED", null)));
                    assertThat(winners).as("round %d", round).hasSize(1);
                    String winner = winners.get(0);
                    assertThat(a.calling.window(hall.id(), winner).current().ticketId()).isEqualTo(id);
                    assertThat(a.calling.window(hall.id(), winner.equals("1") ? "2" : "1").current()).isNull();
                    a.calling.finish(hall.id(), winner, winner.equals("1") ? "clerk01" : "clerk02");
                }
                assertThat(a.tickets.waiting(hall.id(), "biz")).isEmpty();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aResumeRacingTheSignOutNeverLosesNorDoublesTheTicket(String redis) throws Exception {
        Hall hall = TestHalls.small();
        try (QueueCore a = QueueCore.on(redis, Clock.systemUTC(), hall); QueueCore b = QueueCore.on(redis, Clock.systemUTC(), hall)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            int resumedFirst = 0;
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    String id = issue(a, hall).ticketId();
                    a.calling.signIn(hall.id(), "1", "clerk01");
                    a.calling.callNext(hall.id(), "1", "clerk01");
                    a.tools.park(hall.id(), "1", "clerk01");
                    List<String> done = race(pool,
                            () -> a.tools.resumeParked(hall.id(), "1", id, "clerk01"),
                            () -> b.calling.signOut(hall.id(), "1", "clerk01"));
                    boolean served = id.equals(current(a, hall));
                    boolean waiting = a.tickets.waiting(hall.id(), "biz").stream().anyMatch(t -> t.ticketId().equals(id));
                    assertThat(served ^ waiting).as("round %d: served at the window xor waiting in its queue (%s)", round, done)
                            .isTrue();
                    assertThat(a.calling.window(hall.id(), "1").parked()).isEmpty();
                    assertThat(done).as("round %d: exactly one of resume and sign-out went through", round).hasSize(1);
                    if (served) {
                        resumedFirst++;
                        a.calling.finish(hall.id(), "1", "clerk01");
                        a.calling.signOut(hall.id(), "1", "clerk01");
                    } else {
                        a.calling.signIn(hall.id(), "1", "clerk01");
                        assertThat(a.calling.callNext(hall.id(), "1", "clerk01")).map(TicketView::ticketId).hasValue(id);
                        a.calling.finish(hall.id(), "1", "clerk01");
                        a.calling.signOut(hall.id(), "1", "clerk01");
                    }
                }
                System.out.printf("resume vs sign-out, %d rounds: the resume went first %d times%n", ROUNDS, resumedFirst);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static String current(QueueCore core, Hall hall) {
        TicketView t = core.calling.window(hall.id(), "1").current();
        return t == null ? "" : t.ticketId();
    }

    private static TicketView issue(QueueCore core, Hall hall) {
        return core.tickets.issue(hall.id(),
                new IssueTicketRequest(UUID.randomUUID().toString(), "biz", null, null, null, null), "kiosk-1").ticket();
    }

    /** Runs both at once; returns "1" and/or "2" for those that succeeded, refusals (409) dropped. */
    private static List<String> race(ExecutorService pool, Callable<?> first, Callable<?> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> runs = new ArrayList<>();
        for (Callable<?> work : List.of(first, second)) {
            runs.add(pool.submit(() -> {
                start.await();
                try {
                    work.call();
                    return true;
                } catch (ConflictException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        List<String> won = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).get(10, TimeUnit.SECONDS)) {
                won.add(Integer.toString(i + 1));
            }
        }
        return won;
    }
}
