package org.onewindow.server.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Reads many halls' event streams at once. On one Redis node that is one blocking XREAD or
 * XREADGROUP of every stream. A Cluster refuses a command whose keys lie in different slots, and
 * each hall has its own slot, so there the streams are read without blocking, in one pipeline
 * that the client splits into a round trip per shard; when none had anything new, the read
 * waits a little and asks again, a few milliseconds at first and at most {@link #MOST_PAUSE_MILLIS}
 * apart, until the caller's block time is over. A change thus reaches its effects within that
 * pause on a Cluster, and at once on a single node.
 */
public final class StreamReads {

    static final long MOST_PAUSE_MILLIS = 25;
    private static final long FIRST_PAUSE_MILLIS = 2;

    private StreamReads() {
    }

    /** XREADGROUP of every stream from the given ids, waiting up to {@code blockMillis} for an entry. */
    public static List<Map.Entry<String, List<StreamEntry>>> readGroup(UnifiedJedis redis, String group, String consumer,
                                                                        int count, int blockMillis,
                                                                        Map<String, StreamEntryID> streams) {
        if (!(redis instanceof RedisClusterClient) || streams.size() == 1) {
            return orEmpty(redis.xreadGroup(group, consumer,
                    XReadGroupParams.xReadGroupParams().count(count).block(blockMillis), streams));
        }
        return polled(blockMillis, pipeline -> {
            List<Response<List<Map.Entry<String, List<StreamEntry>>>>> replies = new ArrayList<>();
            streams.forEach((key, from) -> replies.add(pipeline.xreadGroup(group, consumer,
                    XReadGroupParams.xReadGroupParams().count(count), Map.of(key, from))));
            return replies;
        }, redis);
    }

    /** XREAD of every stream after the given ids, waiting up to {@code blockMillis} for an entry. */
    public static List<Map.Entry<String, List<StreamEntry>>> read(UnifiedJedis redis, int count, int blockMillis,
                                                                   Map<String, StreamEntryID> streams) {
        if (!(redis instanceof RedisClusterClient) || streams.size() == 1) {
            return orEmpty(redis.xread(XReadParams.xReadParams().count(count).block(blockMillis), streams));
        }
        return polled(blockMillis, pipeline -> {
            List<Response<List<Map.Entry<String, List<StreamEntry>>>>> replies = new ArrayList<>();
            streams.forEach((key, from) -> replies.add(pipeline.xread(XReadParams.xReadParams().count(count),
                    Map.of(key, from))));
            return replies;
        }, redis);
    }

    private interface Reads {
        List<Response<List<Map.Entry<String, List<StreamEntry>>>>> queue(AbstractPipeline pipeline);
    }

    private static List<Map.Entry<String, List<StreamEntry>>> polled(int blockMillis, Reads reads, UnifiedJedis redis) {
        long deadline = System.nanoTime() + blockMillis * 1_000_000L;
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            List<Map.Entry<String, List<StreamEntry>>> found = new ArrayList<>();
            try (AbstractPipeline pipeline = redis.pipelined()) {
                List<Response<List<Map.Entry<String, List<StreamEntry>>>>> replies = reads.queue(pipeline);
                pipeline.sync();
                for (Response<List<Map.Entry<String, List<StreamEntry>>>> reply : replies) {
                    List<Map.Entry<String, List<StreamEntry>>> batch = reply.get();
                    if (batch != null) {
                        batch.stream().filter(e -> !e.getValue().isEmpty()).forEach(found::add);
                    }
                }
            }
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (!found.isEmpty() || left <= 0) {
                return found;
            }
            try {
                Thread.sleep(Math.min(pause, left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
            pause = Math.min(MOST_PAUSE_MILLIS, pause * 2);
        }
    }

    private static List<Map.Entry<String, List<StreamEntry>>> orEmpty(List<Map.Entry<String, List<StreamEntry>>> batches) {
        return batches == null ? List.of() : batches;
    }
}
