package org.onewindow.server.messaging;

import java.util.List;

import org.springframework.stereotype.Component;

import org.onewindow.server.redis.HallKeys;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/**
 * Which server instance publishes a hall: a lease in Redis that its holder renews. If the holder
 * dies, the lease runs out and another instance takes over within {@link #TTL_MILLIS}.
 */
@Component
class PublisherLease {

    static final long TTL_MILLIS = 10_000;

    // Take the lease if free, renew it if ours; 1 = held by us, 0 = held by another.
    private static final String TAKE_OR_RENEW = """
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
            if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
            return 0""";
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""";

    private final JedisPool pool;

    PublisherLease(JedisPool pool) {
        this.pool = pool;
    }

    boolean takeOrRenew(String hallId, String instanceId) {
        try (Jedis jedis = pool.getResource()) {
            return Long.valueOf(1).equals(jedis.eval(TAKE_OR_RENEW, List.of(HallKeys.of(hallId).publisherLease()),
                    List.of(instanceId, Long.toString(TTL_MILLIS))));
        }
    }

    void release(String hallId, String instanceId) {
        try (Jedis jedis = pool.getResource()) {
            jedis.eval(RELEASE, List.of(HallKeys.of(hallId).publisherLease()), List.of(instanceId));
        }
    }

    String cursor(String hallId) {
        try (Jedis jedis = pool.getResource()) {
            String cursor = jedis.get(HallKeys.of(hallId).publisherCursor());
            return cursor == null ? "0-0" : cursor;
        }
    }

    void saveCursor(String hallId, String streamId) {
        try (Jedis jedis = pool.getResource()) {
            jedis.set(HallKeys.of(hallId).publisherCursor(), streamId);
        }
    }
}
