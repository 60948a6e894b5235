package org.onewindow.server.cases;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.rest.CaseStatusRequest;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;


/**
 * Several clerks change one case at the same moment, from two server instances: every change that
 * was acknowledged is in the stored case, and none is refused for having been concurrent.
 */
class ConcurrentCaseChangesTest {

    private static final int ROUNDS = 20;
    private static final int RECEIVERS = 4;

    private final MutableClock clock = new MutableClock(
            ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
    private final Hall hall = TestHalls.small();

    private CaseService cases(QueueCore core) {
        return new CaseService(new HallDirectory(List.of(hall)), core.reader, core.pool, core.scripts, clock);
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void owedMaterialsHandedInWhileTheCaseMovesOnKeepEveryStep(String redis) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(RECEIVERS + 1);
        try (QueueCore one = QueueCore.on(redis, clock, hall); QueueCore two = QueueCore.on(redis, clock, hall)) {
            CaseService first = cases(one);
            CaseService second = cases(two);
            for (int round = 0; round < ROUNDS; round++) {
                CaseView c = first.open(hall.id(), finished(one), "clerk05");
                CyclicBarrier start = new CyclicBarrier(RECEIVERS + 1);
                Map<String, Callable<CaseView>> changes = new ConcurrentHashMap<>();
                changes.put("reviewer", () -> first.move(hall.id(), c.caseNo(),
                        new CaseStatusRequest("IN_REVIEW", "", null, null), "reviewer"));
                for (int i = 0; i < RECEIVERS; i++) {
                    CaseService instance = i % 2 == 0 ? first : second;
                    String clerk = "receiver" + i;
                    changes.put(clerk, () -> instance.owedReceived(hall.id(), c.caseNo(), clerk));
                }
                Map<String, Future<CaseView>> running = new ConcurrentHashMap<>();
                changes.forEach((by, change) -> running.put(by, writers.submit(() -> {
                    start.await(10, SECONDS);
                    return change.call();
                })));
                List<String> acknowledged = new ArrayList<>(List.of("clerk05"));
                List<String> refused = new ArrayList<>();
                for (Map.Entry<String, Future<CaseView>> r : running.entrySet()) {
                    try {
                        r.getValue().get(30, SECONDS);
                        acknowledged.add(r.getKey());
                    } catch (ExecutionException e) {
                        refused.add(r.getKey() + ": " + e.getCause());
                    }
                }

                CaseView stored = first.find(hall.id(), c.caseNo());
                assertThat(stored.history()).extracting(CaseView.Step::by)
                        .as("round %d: the steps of every acknowledged change", round)
                        .containsExactlyInAnyOrderElementsOf(acknowledged);
                if (acknowledged.contains("reviewer")) {
                    assertThat(stored.status()).as("round %d: the acknowledged move", round).isEqualTo("IN_REVIEW");
                }
                assertThat(stored.owedReceived()).as("round %d", round).isTrue();
                assertThat(refused).as("round %d: changes refused", round).isEmpty();
            }
        } finally {
            writers.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void resultsLoadedAtOnceTakeDifferentLockersUntilTheyAreFull(String redis) throws Exception {
        int cases = hall.lockers() + 1;
        ExecutorService loaders = Executors.newFixedThreadPool(cases);
        try (QueueCore one = QueueCore.on(redis, clock, hall); QueueCore two = QueueCore.on(redis, clock, hall)) {
            List<CaseService> instances = List.of(cases(one), cases(two));
            CyclicBarrier start = new CyclicBarrier(cases);
            List<Future<CaseView>> loading = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                CaseService instance = instances.get(i % 2);
                String caseNo = instance.open(hall.id(), finished(one), "clerk05").caseNo();
                loading.add(loaders.submit(() -> {
                    start.await(10, SECONDS);
                    return instance.move(hall.id(), caseNo, new CaseStatusRequest("READY", "", "LOCKER", ""), "pickup");
                }));
            }
            Map<String, String> slots = new ConcurrentHashMap<>();
            List<String> full = new ArrayList<>();
            for (Future<CaseView> f : loading) {
                try {
                    CaseView ready = f.get(30, SECONDS);
                    assertThat(slots.put(ready.pickupPlace(), ready.caseNo())).as("slot %s given twice", ready.pickupPlace()).isNull();
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).hasMessageContaining("every result locker is taken");
                    full.add(e.getCause().getMessage());
                }
            }
            assertThat(slots).containsOnlyKeys("1", "2", "3");
            assertThat(full).hasSize(1);
            assertThat(one.pool.hgetAll(HallKeys.of(hall.id()).lockerSlots())).isEqualTo(slots);
        } finally {
            loaders.shutdownNow();
        }
    }

    /** A ticket for the estate item, called at window 5 and accepted with a material owed. */
    private String finished(QueueCore core) {
        String ticket = core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), "estate", "BDC01",
                new Identity("622901197511200050", "赵强"), null, null), "kiosk-1").ticket().ticketId();
        core.calling.signIn(hall.id(), "5", "clerk05");
        core.calling.callNext(hall.id(), "5", "clerk05").orElseThrow();
        core.calling.finish(hall.id(), "5", "clerk05", new FinishRequest("ACCEPTED_WITH_MISSING", List.of("土地权属来源材料"), ""));
        return ticket;
    }
}
