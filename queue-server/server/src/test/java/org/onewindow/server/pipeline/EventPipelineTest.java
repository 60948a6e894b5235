package org.onewindow.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XReadGroupParams;

import org.onewindow.server.events.HallEvent;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.ServerKeys;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.testsupport.TestRedis;

/** The event pipeline on a real Redis, with instances started, stopped and crashed by the test. */
class EventPipelineTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /**
     * Halls of the two-instance tests. Their ids and the instances' are random, and rendezvous
     * hashing may give every hall to one of two instances with a chance of 2 in 2^n: with 8 halls
     * one run in 128 waited in vain for both to hold some; with 24, one in four million.
     */
    private static final int HALLS_FOR_TWO = 24;

    private final List<PipelineRig> rigs = new ArrayList<>();
    private final UnifiedJedis redis = TestRedis.pool(server());
    /** How often each effect ran for each entry: {@code group|hall|streamId} → count. */
    private final Map<String, AtomicInteger> done = new ConcurrentHashMap<>();

    /** The test Redis the instances share ({@link TestRedis#servers()}). */
    String server() {
        return "embedded";
    }

    @AfterEach
    void stop() {
        rigs.forEach(PipelineRig::close);
        redis.close();
    }

    /** Records every entry it is given, in both groups. */
    private List<HallEffect> recorders() {
        return List.of(recorder(EffectGroup.RECORDS), recorder(EffectGroup.DEVICES));
    }

    private HallEffect recorder(EffectGroup group) {
        return effect(group, e -> done.computeIfAbsent(key(group, e.hallId(), e.streamId()), k -> new AtomicInteger()).incrementAndGet());
    }

    private static HallEffect effect(EffectGroup group, java.util.function.Consumer<HallEvent> body) {
        return new HallEffect() {
            @Override
            public EffectGroup group() {
                return group;
            }

            @Override
            public CompletableFuture<Void> apply(HallEvent event) {
                body.accept(event);
                return DONE;
            }
        };
    }

    private static String key(EffectGroup group, String hall, String streamId) {
        return group.groupName() + "|" + hall + "|" + streamId;
    }

    private PipelineRig instance(List<Hall> halls, List<HallEffect> effects) {
        PipelineRig rig = new PipelineRig(server(), halls, effects);
        rigs.add(rig);
        return rig;
    }

    private String append(Hall hall, String number) {
        return PipelineRig.append(redis, hall.id(), Map.of("type", "TICKET_ISSUED", "seq", "1",
                "at", Long.toString(System.currentTimeMillis()), "ticket", "20261201-" + number, "number", number, "area", "biz"));
    }

    private boolean doneInBothGroups(Hall hall, List<String> ids) {
        return ids.stream().allMatch(id -> done.containsKey(key(EffectGroup.RECORDS, hall.id(), id))
                && done.containsKey(key(EffectGroup.DEVICES, hall.id(), id)));
    }

    @Test
    void everyEntryIsDoneInEachGroupAndAcknowledged() {
        Hall hall = TestHalls.small();
        instance(List.of(hall), recorders());
        List<String> ids = IntStream.range(0, 50).mapToObj(i -> append(hall, "A" + i)).toList();

        await().atMost(PATIENCE).until(() -> doneInBothGroups(hall, ids));
        await().atMost(PATIENCE).until(() -> PipelineRig.pending(redis, hall.id(), EffectGroup.RECORDS) == 0
                && PipelineRig.pending(redis, hall.id(), EffectGroup.DEVICES) == 0);
        assertThat(done.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }

    @Test
    void whatHappenedBeforeAnyInstanceReadTheLogIsDoneToo() {
        Hall hall = TestHalls.small();
        List<String> before = IntStream.range(0, 5).mapToObj(i -> append(hall, "A" + i)).toList();
        instance(List.of(hall), recorders());

        await().atMost(PATIENCE).until(() -> doneInBothGroups(hall, before));
    }

    @Test
    void aFailureIsTriedAgainAndOneThatStaysIsParkedWhileTheHallGoesOn() {
        Hall hall = TestHalls.small();
        AtomicInteger flakyTries = new AtomicInteger();
        AtomicInteger brokenTries = new AtomicInteger();
        Set<String> repaired = ConcurrentHashMap.newKeySet();
        HallEffect picky = effect(EffectGroup.RECORDS, e -> {
            if (e.ticketNumber().equals("FLAKY") && flakyTries.incrementAndGet() < 3) {
                throw new IllegalStateException("not yet");
            }
            if (e.ticketNumber().equals("BROKEN") && !repaired.contains("BROKEN")) {
                brokenTries.incrementAndGet();
                throw new IllegalStateException("no such service item");
            }
        });
        PipelineRig rig = instance(List.of(hall), List.of(picky, recorder(EffectGroup.RECORDS)));
        String flaky = append(hall, "FLAKY");
        String broken = append(hall, "BROKEN");
        String after = append(hall, "A1");

        await().atMost(PATIENCE).until(() -> done.containsKey(key(EffectGroup.RECORDS, hall.id(), after)));
        assertThat(done).containsKey(key(EffectGroup.RECORDS, hall.id(), flaky));
        assertThat(flakyTries).hasValue(3);
        assertThat(brokenTries).hasValue(HallLane.MAX_TRIES);
        assertThat(done).doesNotContainKey(key(EffectGroup.RECORDS, hall.id(), broken));
        assertThat(rig.parked.of(hall.id())).singleElement().satisfies(p -> {
            assertThat(p.streamId()).isEqualTo(broken);
            assertThat(p.group()).isEqualTo("records");
            assertThat(p.ticketNumber()).isEqualTo("BROKEN");
            assertThat(p.tries()).isEqualTo(HallLane.MAX_TRIES);
            assertThat(p.error()).contains("no such service item");
        });
        assertThat(PipelineRig.pending(redis, hall.id(), EffectGroup.RECORDS)).as("the parked entry is off the pending list").isZero();

        repaired.add("BROKEN");
        rig.parked.retry(hall.id(), "records:" + broken);
        assertThat(done).containsKey(key(EffectGroup.RECORDS, hall.id(), broken));
        assertThat(rig.parked.of(hall.id())).isEmpty();
    }

    @Test
    void aPassingConditionIsWaitedOutAndNeverParked() {
        Hall hall = TestHalls.small();
        AtomicInteger tries = new AtomicInteger();
        HallEffect brokerAway = effect(EffectGroup.DEVICES, e -> {
            if (tries.incrementAndGet() <= HallLane.MAX_TRIES + 1) {
                throw new RetryLater("the broker is away");
            }
        });
        PipelineRig rig = instance(List.of(hall), List.of(brokerAway, recorder(EffectGroup.DEVICES)));
        String id = append(hall, "A1");

        await().atMost(PATIENCE).until(() -> done.containsKey(key(EffectGroup.DEVICES, hall.id(), id)));
        assertThat(tries).hasValue(HallLane.MAX_TRIES + 2);
        assertThat(rig.parked.of(hall.id())).isEmpty();
    }

    @Test
    void aPublishTheBrokerRefusedIsDoneAgainWithEveryEntryAfterItInOrder() {
        Hall hall = TestHalls.small();
        List<String> applied = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger refusals = new AtomicInteger();
        HallEffect publisher = new HallEffect() {
            @Override
            public EffectGroup group() {
                return EffectGroup.DEVICES;
            }

            @Override
            public CompletableFuture<Void> apply(HallEvent event) {
                applied.add(event.ticketNumber());
                CompletableFuture<Void> taken = new CompletableFuture<>();
                // The broker answers later, on another thread; the first time it drops the first call.
                CompletableFuture.runAsync(() -> {
                    if (event.ticketNumber().equals("A1") && refusals.getAndIncrement() == 0) {
                        taken.completeExceptionally(new RetryLater("connection lost"));
                    } else {
                        taken.complete(null);
                    }
                });
                return taken;
            }
        };
        PipelineRig rig = instance(List.of(hall), List.of(publisher));
        List<String> ids = List.of(append(hall, "A1"), append(hall, "A2"), append(hall, "A3"));

        await().atMost(PATIENCE).until(() -> applied.size() >= 4 && applied.get(applied.size() - 1).equals("A3")
                && PipelineRig.pending(redis, hall.id(), EffectGroup.DEVICES) == 0 && rig.stats.handled() >= ids.size());
        // Whatever was started after the refused one is done again after it: the hall's order holds.
        int retry = applied.lastIndexOf("A1");
        assertThat(retry).isPositive();
        assertThat(applied.subList(retry, applied.size())).containsExactly("A1", "A2", "A3");
        assertThat(rig.parked.of(hall.id())).isEmpty();
    }

    @Test
    void entriesAnInstanceWasGivenAndNeverAcknowledgedAreDoneByTheNext() {
        Hall hall = TestHalls.small();
        List<String> ids = IntStream.range(0, 10).mapToObj(i -> append(hall, "A" + i)).toList();
        // An instance that read them and died before doing them.
        for (EffectGroup group : EffectGroup.values()) {
            redis.xgroupCreate(HallKeys.of(hall.id()).events(), group.groupName(), new StreamEntryID(0, 0), true);
            redis.xreadGroup(group.groupName(), "dead", XReadGroupParams.xReadGroupParams().count(100),
                    Map.of(HallKeys.of(hall.id()).events(), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
        }
        assertThat(PipelineRig.pending(redis, hall.id(), EffectGroup.RECORDS)).isEqualTo(10);

        instance(List.of(hall), recorders());

        await().atMost(PATIENCE).until(() -> doneInBothGroups(hall, ids));
        await().atMost(PATIENCE).until(() -> PipelineRig.pending(redis, hall.id(), EffectGroup.RECORDS) == 0);
    }

    @Test
    void twoInstancesShareTheHallsAndTheSurvivorOfACrashDoesWhatTheDeadOneLeft() {
        List<Hall> halls = IntStream.range(0, HALLS_FOR_TWO).mapToObj(i -> TestHalls.small()).toList();
        PipelineRig a = instance(halls, recorders());
        PipelineRig b = instance(halls, recorders());
        await().atMost(PATIENCE).until(() -> !a.leases.held().isEmpty() && !b.leases.held().isEmpty()
                && a.leases.held().size() + b.leases.held().size() == halls.size());
        assertThat(a.leases.held()).doesNotContainAnyElementsOf(b.leases.held());

        Set<String> ofA = new HashSet<>(a.leases.held());
        List<String> ids = new ArrayList<>();
        halls.forEach(h -> ids.add(h.id() + "|" + append(h, "A1")));
        await().atMost(PATIENCE).until(() -> ids.stream().allMatch(i -> done.containsKey("records|" + i)));

        long crashedAt = System.nanoTime();
        a.crash();
        halls.forEach(h -> ids.add(h.id() + "|" + append(h, "A2")));
        await().atMost(PATIENCE).until(() -> b.leases.held().size() == halls.size());
        System.out.printf("takeover of %d halls after a crash: %d ms%n", ofA.size(), (System.nanoTime() - crashedAt) / 1_000_000);
        await().atMost(PATIENCE).until(() -> ids.stream().allMatch(i -> done.containsKey("records|" + i)
                && done.containsKey("devices|" + i)));
    }

    @Test
    void aGracefulStopHandsEveryHallToTheOtherInstanceBeforeItEnds() {
        List<Hall> halls = IntStream.range(0, HALLS_FOR_TWO).mapToObj(i -> TestHalls.small()).toList();
        PipelineRig a = instance(halls, recorders());
        PipelineRig b = instance(halls, recorders());
        await().atMost(PATIENCE).until(() -> !a.leases.held().isEmpty() && !b.leases.held().isEmpty()
                && a.leases.held().size() + b.leases.held().size() == halls.size());
        Set<String> ofA = new HashSet<>(a.leases.held());

        a.stop();

        ofA.forEach(hall -> assertThat(redis.get(ServerKeys.hallLease(hall))).as("hall %s", hall)
                .isEqualTo(b.leases.instanceId()));
        await().atMost(PATIENCE).until(() -> b.leases.held().size() == halls.size());
    }
}
