package org.onewindow.server.pipeline;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.StreamReads;

/**
 * Reads one consumer group of the event logs of the halls this instance works, and hands each
 * entry to its hall's lane. On taking a hall it first claims every entry still pending there (left
 * by an instance that died or handed the hall over, or by this one before a failed read), oldest
 * first, then reads what nobody has been given yet. A lane with a long backlog is not read from
 * until it has caught up, so memory stays bounded however far behind a hall is.
 */
final class GroupReader implements Runnable {

    private static final int READ_COUNT = 256;
    private static final int BLOCK_MILLIS = 100;
    private static final int MAX_BACKLOG = 2_048;
    private static final StreamEntryID START = new StreamEntryID(0, 0);
    private static final Logger log = LoggerFactory.getLogger(GroupReader.class);

    private final EffectGroup group;
    private final UnifiedJedis redis;
    private final HallLeases leases;
    private final HallLane.Services services;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    /** A hall being read, and where its claim of pending entries has got to (null once done). */
    private static final class Lane {
        final HallLane lane;
        /** The hall's log, made once: the reader names every hall's log in each of its many reads a second. */
        final String events;
        volatile StreamEntryID claimFrom = START;

        Lane(HallLane lane, String events) {
            this.lane = lane;
            this.events = events;
        }
    }

    GroupReader(EffectGroup group, UnifiedJedis redis, HallLeases leases, HallLane.Services services) {
        this.group = group;
        this.redis = redis;
        this.leases = leases;
        this.services = services;
    }

    @Override
    public void run() {
        while (running) {
            try {
                follow(leases.held());
                claimPending();
                read();
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Reading the {} group stopped ({}); reading again", group.groupName(), e.toString());
                boolean groupGone = e instanceof JedisDataException && String.valueOf(e.getMessage()).startsWith("NOGROUP");
                // Entries given to this instance by a read whose answer was lost are pending here: claim them again.
                lanes.forEach((hall, l) -> {
                    l.claimFrom = START;
                    if (groupGone) {
                        ensureGroupQuietly(hall);
                    }
                });
                pause(Duration.ofMillis(100));
            }
        }
    }

    void stop() {
        running = false;
        lanes.values().forEach(l -> l.lane.close(Duration.ZERO));
    }

    /** Stops reading a hall; waits for the entry in hand to be done. */
    void release(String hallId, Duration patience) {
        Lane l = lanes.remove(hallId);
        if (l != null) {
            l.lane.close(patience);
        }
    }

    private void follow(Set<String> held) {
        for (String hall : List.copyOf(lanes.keySet())) {
            if (!held.contains(hall)) {
                release(hall, Duration.ZERO);
            }
        }
        for (String hall : held) {
            if (!lanes.containsKey(hall)) {
                ensureGroup(hall);
                lanes.put(hall, new Lane(new HallLane(hall, group, services), HallKeys.of(hall).events()));
            }
        }
    }

    private void ensureGroup(String hallId) {
        try {
            // From the log's start: what happened before any instance read it is done too (idempotently).
            redis.xgroupCreate(HallKeys.of(hallId).events(), group.groupName(), START, true);
        } catch (JedisDataException e) {
            if (!String.valueOf(e.getMessage()).startsWith("BUSYGROUP")) {
                throw e;
            }
        }
    }

    private void ensureGroupQuietly(String hallId) {
        try {
            ensureGroup(hallId);
        } catch (RuntimeException e) {
            log.debug("Group of hall {} not made yet: {}", hallId, e.toString());
        }
    }

    private void claimPending() {
        for (Map.Entry<String, Lane> e : lanes.entrySet()) {
            Lane l = e.getValue();
            if (l.claimFrom == null || l.lane.backlog() >= MAX_BACKLOG) {
                continue;
            }
            Map.Entry<StreamEntryID, List<StreamEntry>> page = redis.xautoclaim(l.events,
                    group.groupName(), leases.instanceId(), 0, l.claimFrom, XAutoClaimParams.xAutoClaimParams().count(READ_COUNT));
            page.getValue().forEach(l.lane::offer);
            l.claimFrom = START.equals(page.getKey()) ? null : page.getKey();
        }
    }

    private void read() {
        Map<String, StreamEntryID> streams = new HashMap<>(2 * lanes.size());
        Map<String, HallLane> byKey = new HashMap<>(2 * lanes.size());
        lanes.forEach((hall, l) -> {
            if (l.claimFrom == null && l.lane.backlog() < MAX_BACKLOG) {
                streams.put(l.events, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY);
                byKey.put(l.events, l.lane);
            }
        });
        if (streams.isEmpty()) {
            pause(Duration.ofMillis(lanes.isEmpty() ? HallLeases.TICK_MILLIS : 10));
            return;
        }
        List<Map.Entry<String, List<StreamEntry>>> batches =
                StreamReads.readGroup(redis, group.groupName(), leases.instanceId(), READ_COUNT, BLOCK_MILLIS, streams);
        for (Map.Entry<String, List<StreamEntry>> batch : batches) {
            HallLane lane = byKey.get(batch.getKey());
            if (lane != null) {
                batch.getValue().forEach(lane::offer);
            }
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
