package org.onewindow.server.queue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/** Reads the queue state of a hall. Every read is a snapshot; changes go through scripts. */
@Component
public class QueueReader {

    /** How many tickets at the head of a queue count for its oldest arrival. */
    static final int OLDEST_AMONG = 50;

    private final UnifiedJedis redis;
    private final LuaScripts scripts;

    public QueueReader(UnifiedJedis redis) {
        this.redis = redis;
        this.scripts = new LuaScripts(redis);
    }

    /**
     * The hall's version, windows, service samples, notice, the day's {@code recentCalls} latest
     * calls and the given area queues, in one round trip: a board is read at one moment, and a hall
     * of many areas costs one wait for Redis, not three per area.
     */
    public HallSnapshot snapshot(String hallId, String day, List<String> queueKeys, int recentCalls) {
        return snapshot(hallId, day, queueKeys, recentCalls, false);
    }

    /**
     * As {@link #snapshot(String, String, List, int)}, and with {@code served} the tickets the
     * windows serve among the day's ({@link HallSnapshot#served()}), for the window screens.
     */
    public HallSnapshot snapshot(String hallId, String day, List<String> queueKeys, int recentCalls, boolean served) {
        HallKeys keys = HallKeys.of(hallId);
        List<String> all = new ArrayList<>(List.of(keys.version(), keys.windows(), keys.serviceTimes(), keys.notice(),
                keys.recentCalls(day), keys.tickets(day)));
        all.addAll(queueKeys);
        return SnapshotReply.parse(scripts.run("hall_state_read", all,
                List.of(Integer.toString(recentCalls), Integer.toString(OLDEST_AMONG), served ? "1" : "0")));
    }

    public Optional<StoredTicket> ticket(String hallId, String ticketId) {
        String day = StoredTicket.dayOf(ticketId);
        if (day.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(redis.hget(HallKeys.of(hallId).tickets(day), ticketId))
                .map(json -> TicketRecord.decode(json));
    }

    /** The tickets of these ids that exist, by id: one read for each business day among them. */
    public Map<String, StoredTicket> tickets(String hallId, Collection<String> ticketIds) {
        Map<String, List<String>> byDay = new HashMap<>();
        for (String id : ticketIds) {
            String day = StoredTicket.dayOf(id);
            if (!day.isEmpty()) {
                byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(id);
            }
        }
        Map<String, StoredTicket> found = new HashMap<>();
        byDay.forEach((day, ids) -> {
            List<String> jsons = redis.hmget(HallKeys.of(hallId).tickets(day), ids.toArray(String[]::new));
            for (int i = 0; i < ids.size(); i++) {
                if (jsons.get(i) != null) {
                    found.put(ids.get(i), TicketRecord.decode(jsons.get(i)));
                }
            }
        });
        return found;
    }

    public Optional<StoredTicket> ticketByTracking(String hallId, String day, String trackingCode) {
        String id = redis.hget(HallKeys.of(hallId).tracking(day), trackingCode);
        return id == null ? Optional.empty() : ticket(hallId, id);
    }

    /** Waiting tickets of a queue key, in calling order. */
    public List<StoredTicket> waiting(String hallId, String day, String queueKey, int limit) {
        List<String> ids = redis.zrange(queueKey, 0, limit - 1L);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> jsons = redis.hmget(HallKeys.of(hallId).tickets(day), ids.toArray(String[]::new));
        return jsons.stream().filter(j -> j != null).map(j -> TicketRecord.decode(j)).toList();
    }

    /** Tickets issued in the hall on a day: the sum of its areas' last numbers, each area counting from 1. */
    public int issued(String hallId, String day) {
        return redis.hvals(HallKeys.of(hallId).sequences(day)).stream().mapToInt(Integer::parseInt).sum();
    }

    /** Remote tickets taken on a day per area (addresses' counts left out). */
    public Map<String, Integer> remoteCounts(String hallId, String day) {
        Map<String, Integer> counts = new HashMap<>();
        redis.hgetAll(HallKeys.of(hallId).remoteCounts(day)).forEach((field, n) -> {
            if (!field.startsWith("address|")) {
                counts.put(field, Integer.parseInt(n));
            }
        });
        return counts;
    }

    /** How many tickets wait ahead of a score in a queue. */
    public int ahead(String queueKey, long score, String ticketId) {
        Long rank = redis.zrank(queueKey, ticketId);
        return rank != null ? rank.intValue() : (int) redis.zcount(queueKey, Double.NEGATIVE_INFINITY, score);
    }

    /**
     * A waiting ticket's place and what its estimate is made of, pipelined: the view a kiosk prints
     * costs one wait for Redis where it cost four.
     */
    public TicketPlace place(String hallId, String queueKey, long score, String ticketId) {
        HallKeys keys = HallKeys.of(hallId);
        try (AbstractPipeline p = redis.pipelined()) {
            Response<Long> rank = p.zrank(queueKey, ticketId);
            Response<Long> lower = p.zcount(queueKey, Double.NEGATIVE_INFINITY, score);
            Response<Map<String, String>> windows = p.hgetAll(keys.windows());
            Response<Map<String, String>> samples = p.hgetAll(keys.serviceTimes());
            p.sync();
            int ahead = rank.get() != null ? rank.get().intValue() : lower.get().intValue();
            return new TicketPlace(ahead, parseWindows(windows.get()), parseSamples(samples.get()));
        }
    }

    /** Tickets waiting in a queue. */
    public int queueLength(String queueKey) {
        return (int) redis.zcard(queueKey);
    }

    /** Lowest arrival among the waiting tickets of a queue, or -1. */
    public long oldestArrival(String hallId, String day, String queueKey) {
        return waiting(hallId, day, queueKey, OLDEST_AMONG).stream().mapToLong(StoredTicket::arrival).min().orElse(-1);
    }

    /** Ids of the tickets parked at a window with when each was parked (ms), longest parked first. */
    public Map<String, Long> parked(String hallId, String day, String windowNo) {
        Map<String, Long> parked = new LinkedHashMap<>();
        redis.zrangeWithScores(HallKeys.of(hallId).parked(day, windowNo), 0, -1)
                .forEach(e -> parked.put(e.getElement(), (long) e.getScore()));
        return parked;
    }

    /** The manager's silent-calls switch of a hall, empty while the hall file's default holds. */
    public Optional<Boolean> hallSilence(String hallId) {
        return Optional.ofNullable(redis.get(HallKeys.of(hallId).silence())).map("1"::equals);
    }

    public StoredWindow window(String hallId, String windowNo) {
        String json = redis.hget(HallKeys.of(hallId).windows(), windowNo);
        return json == null ? StoredWindow.closed(windowNo) : JsonCodec.fromJson(json, StoredWindow.class);
    }

    /** Every window that has state; windows never signed in to are absent. */
    public Map<String, StoredWindow> windows(String hallId) {
        return parseWindows(redis.hgetAll(HallKeys.of(hallId).windows()));
    }

    private static Map<String, StoredWindow> parseWindows(Map<String, String> stored) {
        Map<String, StoredWindow> windows = new HashMap<>();
        stored.forEach((no, json) -> windows.put(no, JsonCodec.fromJson(json, StoredWindow.class)));
        return windows;
    }

    public List<RecentCallRecord> recentCalls(String hallId, String day, int limit) {
        List<RecentCallRecord> calls = new ArrayList<>();
        redis.lrange(HallKeys.of(hallId).recentCalls(day), 0, limit - 1L)
                .forEach(json -> calls.add(JsonCodec.fromJson(json, RecentCallRecord.class)));
        return calls;
    }

    /** Recent service durations of every area, in seconds, newest first. */
    public Map<String, List<Long>> serviceSamples(String hallId) {
        return parseSamples(redis.hgetAll(HallKeys.of(hallId).serviceTimes()));
    }

    private static Map<String, List<Long>> parseSamples(Map<String, String> stored) {
        Map<String, List<Long>> samples = new HashMap<>();
        stored.forEach((area, json) -> samples.put(area, List.of(JsonCodec.fromJson(json, Long[].class))));
        return samples;
    }

    public long version(String hallId) {
        String v = redis.get(HallKeys.of(hallId).version());
        return v == null ? 0 : Long.parseLong(v);
    }

    public String notice(String hallId) {
        String notice = redis.get(HallKeys.of(hallId).notice());
        return notice == null ? "" : notice;
    }
}
