package org.onewindow.server.messaging;

import java.util.List;

import org.springframework.stereotype.Component;

import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/**
 * Which server instance publishes a hall: a lease in Redis that its holder renews. If the holder
 * dies, the lease runs out and another instance takes over within {@link #TTL_MILLIS}.
 */
@Component
class PublisherLease {

    static final long TTL_MILLIS = 10_000;

    private final JedisPool pool;
    private final LuaScripts scripts;

    PublisherLease(JedisPool pool, LuaScripts scripts) {
        this.pool = pool;
        this.scripts = scripts;
    }

    /** Takes the lease if free, renews it if ours; true when this instance holds it now. */
    boolean takeOrRenew(String hallId, String instanceId) {
        return Long.valueOf(1).equals(scripts.run("lease_take_or_renew", List.of(HallKeys.of(hallId).publisherLease()),
                List.of(instanceId, Long.toString(TTL_MILLIS))));
    }

    void release(String hallId, String instanceId) {
        scripts.run("lease_release", List.of(HallKeys.of(hallId).publisherLease()), List.of(instanceId));
    }

    String cursor(String hallId) {
        try (Jedis jedis = pool.getResource()) {
            String cursor = jedis.get(HallKeys.of(hallId).publisherCursor());
            return cursor == null ? "0-0" : cursor;
        }
    }

    /** Records the last event published, unless this instance has lost the lease meanwhile. */
    void saveCursor(String hallId, String instanceId, String streamId) {
        HallKeys keys = HallKeys.of(hallId);
        scripts.run("publisher_cursor", List.of(keys.publisherLease(), keys.publisherCursor()), List.of(instanceId, streamId));
    }
}
