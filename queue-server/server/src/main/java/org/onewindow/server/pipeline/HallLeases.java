package org.onewindow.server.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.redis.LuaScripts;
import org.onewindow.server.redis.ServerKeys;

/**
 * Which halls this instance works: a lease per hall in Redis, renewed every {@link #TICK_MILLIS}
 * and running out after {@link #TTL_MILLIS}, so the halls of an instance that died are taken over
 * within two seconds. Halls are spread over the live instances by {@link Rendezvous}: a free hall
 * is taken by the instance it prefers (or by anyone once it has stayed free for a tick), and an
 * instance hands a hall to the one it prefers once that one has been alive for a few ticks. At
 * shutdown every lease is handed to its next holder at once, so the work does not pause.
 */
@Component
public class HallLeases implements SmartLifecycle {

    static final long TTL_MILLIS = 1_000;
    static final long TICK_MILLIS = 150;
    /** Ticks another instance must have been seen alive before a hall is handed to it. */
    private static final int STABLE_TICKS = 3;
    /** Leases start after the web server and stop before everything else. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 100;
    private static final Logger log = LoggerFactory.getLogger(HallLeases.class);

    private final String instanceId = UUID.randomUUID().toString().substring(0, 8);
    /** How this instance appears in the live set: instances serving other halls are not handed these. */
    private final String member;
    private final LuaScripts scripts;
    private final List<String> hallIds;
    private final List<LeaseListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> ticksSeenAlive = new HashMap<>();
    private ScheduledExecutorService ticker;
    private volatile Set<String> held = Set.of();
    private volatile List<String> live = List.of();
    private Set<String> freeLastTick = Set.of();
    private long lastRenewedAt;
    private volatile boolean running;

    public HallLeases(LuaScripts scripts, HallDirectory halls) {
        this.scripts = scripts;
        this.hallIds = halls.all().stream().map(Hall::id).toList();
        this.member = hallsServed(hallIds) + ":" + instanceId;
    }

    /** The same for every instance with the same halls, whatever their order in its files. */
    private static String hallsServed(List<String> hallIds) {
        CRC32C crc = new CRC32C();
        hallIds.stream().sorted().forEach(id -> crc.update((id + "\n").getBytes(StandardCharsets.UTF_8)));
        return Long.toHexString(crc.getValue());
    }

    /** This instance's id in leases, consumer groups and broker client ids. */
    public String instanceId() {
        return instanceId;
    }

    public boolean holds(String hallId) {
        return held.contains(hallId);
    }

    public Set<String> held() {
        return held;
    }

    public void addListener(LeaseListener listener) {
        listeners.add(listener);
    }

    @Override
    public void start() {
        running = true;
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hall-leases-" + instanceId);
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    synchronized void tick() {
        if (!running) {
            return;
        }
        try {
            renew();
        } catch (RuntimeException e) {
            log.warn("Cannot renew the hall leases: {}", e.toString());
            if (!held.isEmpty() && System.nanoTime() / 1_000_000 - lastRenewedAt > TTL_MILLIS / 2) {
                // Another instance may take them soon: stop working them before it starts.
                changeHeld(Set.of());
            }
        }
    }

    private void renew() {
        List<String> keys = new ArrayList<>(hallIds.size() + 1);
        List<String> args = new ArrayList<>(hallIds.size() + 2);
        keys.add(ServerKeys.instances());
        args.add(instanceId);
        args.add(Long.toString(TTL_MILLIS));
        args.add(member);
        List<String> knownAlive = live.isEmpty() ? List.of(instanceId) : live;
        for (String hall : hallIds) {
            keys.add(ServerKeys.hallLease(hall));
            boolean mine = Rendezvous.preferred(hall, knownAlive).map(instanceId::equals).orElse(true);
            args.add(mine || freeLastTick.contains(hall) ? "take" : "keep");
        }
        List<?> reply = (List<?>) scripts.run("hall_leases_tick", keys, args);
        lastRenewedAt = System.nanoTime() / 1_000_000;
        String prefix = member.substring(0, member.indexOf(':') + 1);
        List<String> alive = strings(reply.get(0)).stream().filter(m -> m.startsWith(prefix))
                .map(m -> m.substring(prefix.length())).toList();
        List<String> holders = strings(reply.get(1));
        live = List.copyOf(alive);
        countTicksAlive(alive);

        Set<String> mine = new HashSet<>();
        Set<String> free = new HashSet<>();
        Map<String, String> handOver = new HashMap<>();
        for (int i = 0; i < hallIds.size(); i++) {
            String hall = hallIds.get(i);
            String holder = holders.get(i);
            if (holder.isEmpty()) {
                free.add(hall);
            } else if (holder.equals(instanceId)) {
                String preferred = Rendezvous.preferred(hall, alive).orElse(instanceId);
                if (!preferred.equals(instanceId) && ticksSeenAlive.getOrDefault(preferred, 0) >= STABLE_TICKS) {
                    handOver.put(hall, preferred);
                } else {
                    mine.add(hall);
                }
            }
        }
        freeLastTick = free;
        if (!handOver.isEmpty()) {
            // Stop working them first, so that two instances never work one hall on purpose.
            Set<String> keep = new HashSet<>(held);
            keep.removeAll(handOver.keySet());
            changeHeld(keep);
            handOver(handOver, false);
            log.info("Handed {} hall(s) to the instances that now work them: {}", handOver.size(), handOver);
        }
        changeHeld(mine);
    }

    private void countTicksAlive(List<String> alive) {
        ticksSeenAlive.keySet().retainAll(alive);
        alive.forEach(id -> ticksSeenAlive.merge(id, 1, Integer::sum));
    }

    private void changeHeld(Set<String> now) {
        Set<String> before = held;
        held = Set.copyOf(now);
        for (String hall : before) {
            if (!now.contains(hall)) {
                log.info("No longer working hall {} on this instance ({})", hall, instanceId);
                listeners.forEach(l -> notify(() -> l.lost(hall)));
            }
        }
        for (String hall : now) {
            if (!before.contains(hall)) {
                log.info("Working hall {} on this instance ({})", hall, instanceId);
                listeners.forEach(l -> notify(() -> l.gained(hall)));
            }
        }
    }

    private static void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.error("A lease listener failed", e);
        }
    }

    private void handOver(Map<String, String> successors, boolean leaving) {
        List<String> keys = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of(instanceId, Long.toString(TTL_MILLIS), leaving ? "leaving" : "staying",
                member));
        keys.add(ServerKeys.instances());
        successors.forEach((hall, successor) -> {
            keys.add(ServerKeys.hallLease(hall));
            args.add(successor);
        });
        scripts.run("hall_leases_hand_over", keys, args);
    }

    @Override
    public void stop() {
        synchronized (this) {
            running = false;
        }
        if (ticker != null) {
            ticker.shutdownNow();
        }
        Set<String> giving = held;
        changeHeld(Set.of());
        List<String> others = live.stream().filter(id -> !id.equals(instanceId)).toList();
        Map<String, String> successors = new HashMap<>();
        giving.forEach(hall -> successors.put(hall, Rendezvous.preferred(hall, others).orElse("")));
        try {
            handOver(successors, true);
            log.info("Handed over {} hall(s) at shutdown", successors.size());
        } catch (RuntimeException e) {
            log.warn("Could not hand over the hall leases at shutdown ({}); they run out in {} ms", e.toString(), TTL_MILLIS);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private static List<String> strings(Object reply) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) reply) {
            out.add(o instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : String.valueOf(o));
        }
        return out;
    }
}
