package org.onewindow.server.rating;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.protocol.rest.FollowUpView;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.live.LiveStreams;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.ticket.IdentitySettings;
import org.onewindow.server.ticket.PersonKeys;

/**
 * A manager records the fix of a bad rating while colleagues record their call-backs, from two
 * server instances: every acknowledged change is in the stored follow-up.
 */
class ConcurrentFollowUpChangesTest {

    private static final int ROUNDS = 20;
    private static final int CALLERS = 3;

    private final MutableClock clock = new MutableClock(
            ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
    private final Hall hall = TestHalls.small();
    private final RatingTokens tokens = new RatingTokens(new PersonKeys(new IdentitySettings("test-secret"), "unused"));

    private RatingService ratings(QueueCore core) {
        return new RatingService(tokens, new HallDirectory(List.of(hall)), core.reader, core.pool, core.scripts, new LiveStreams(),
                clock);
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void callBacksAndTheFixRecordedAtOnceAreAllKept(String redis) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(CALLERS + 1);
        try (QueueCore one = QueueCore.on(redis, clock, hall); QueueCore two = QueueCore.on(redis, clock, hall)) {
            RatingService first = ratings(one);
            RatingService second = ratings(two);
            for (int round = 0; round < ROUNDS; round++) {
                String ticket = ratedBadly(one, first);
                CyclicBarrier start = new CyclicBarrier(CALLERS + 1);
                Map<String, Callable<FollowUpView>> changes = new ConcurrentHashMap<>();
                changes.put("高峰时段增开潮汐窗口", () -> first.resolve(hall.id(), ticket, "高峰时段增开潮汐窗口", "manager"));
                for (int i = 0; i < CALLERS; i++) {
                    RatingService instance = i % 2 == 0 ? second : first;
                    String note = "已电话回访 " + i;
                    String clerk = "clerk" + i;
                    changes.put(note, () -> instance.callBack(hall.id(), ticket, note, clerk));
                }
                Map<String, Future<FollowUpView>> running = new ConcurrentHashMap<>();
                changes.forEach((note, change) -> running.put(note, writers.submit(() -> {
                    start.await(10, SECONDS);
                    return change.call();
                })));
                List<String> callBacks = new ArrayList<>();
                boolean resolved = false;
                for (Map.Entry<String, Future<FollowUpView>> r : running.entrySet()) {
                    try {
                        r.getValue().get(30, SECONDS);
                        if (r.getKey().startsWith("已电话回访")) {
                            callBacks.add(r.getKey());
                        } else {
                            resolved = true;
                        }
                    } catch (ExecutionException e) {
                        throw new AssertionError("round " + round + ": " + r.getKey() + " was refused", e.getCause());
                    }
                }

                FollowUpView stored = first.followUps(hall.id()).stream().filter(f -> f.id().equals(ticket)).findFirst()
                        .orElseThrow();
                assertThat(resolved).isTrue();
                assertThat(stored.status()).as("round %d: the acknowledged fix", round).isEqualTo("RESOLVED");
                assertThat(stored.fixNote()).as("round %d: the acknowledged fix", round).isEqualTo("高峰时段增开潮汐窗口");
                assertThat(callBacks).hasSize(CALLERS);
                assertThat(stored.callBackNote()).as("round %d: an acknowledged call-back", round).isIn(callBacks);
            }
        } finally {
            writers.shutdownNow();
        }
    }

    /** A service finished at window 1 and rated 不满意 by phone; returns its ticket id, the follow-up's id. */
    private String ratedBadly(QueueCore core, RatingService ratings) {
        String ticket = core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), "biz", null,
                null, null, null), "kiosk-1").ticket().ticketId();
        core.calling.signIn(hall.id(), "1", "clerk01");
        core.calling.callNext(hall.id(), "1", "clerk01").orElseThrow();
        core.calling.finish(hall.id(), "1", "clerk01");
        String token = tokens.issue(new RatingTokens.Claim(hall.id(), ticket, "1",
                clock.instant().plus(Duration.ofHours(1))));
        ratings.submit(token, new RatingSubmission(token, "DISSATISFIED", List.of("LONG_WAIT"), "", ""), "PHONE");
        return ticket;
    }
}
