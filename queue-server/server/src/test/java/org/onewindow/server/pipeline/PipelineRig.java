package org.onewindow.server.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XAddParams;

import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;
import org.onewindow.server.testsupport.TestRedis;

/**
 * One server instance's event pipeline, wired by hand on its own connection pool with the effects
 * a test gives it: several of these on one Redis behave like several instances. {@link #crash()}
 * stops it the way {@code kill -9} does: nothing handed over, nothing acknowledged any more.
 */
final class PipelineRig implements AutoCloseable {

    final UnifiedJedis pool;
    final HallLeases leases;
    final PipelineStats stats = new PipelineStats();
    final ParkedEffects parked;
    private final EventPipeline pipeline;
    private boolean stopped;

    PipelineRig(String server, List<Hall> halls, List<HallEffect> effects) {
        this.pool = TestRedis.pool(server);
        HallDirectory directory = new HallDirectory(halls);
        LuaScripts scripts = new LuaScripts(pool);
        this.leases = new HallLeases(scripts, directory);
        EffectRunner runner = new EffectRunner(effects);
        this.parked = new ParkedEffects(pool, scripts, directory, Clock.systemUTC(), runner);
        this.pipeline = new EventPipeline(pool, leases, runner, parked, stats);
        pipeline.start();
        leases.start();
    }

    /** A graceful shutdown, as Spring does it: the leases are handed over, then the pipeline stops. */
    void stop() {
        if (!stopped) {
            stopped = true;
            leases.stop();
            pipeline.stop();
        }
    }

    /** Dies: the connections go first, so no lease is renewed or handed over and nothing more is acknowledged. */
    void crash() {
        if (!stopped) {
            stopped = true;
            pool.close();
            leases.stop();
            pipeline.stop();
        }
    }

    @Override
    public void close() {
        stop();
        pool.close();
    }

    /** Appends an entry to a hall's event log, as the scripts do. */
    static String append(UnifiedJedis pool, String hallId, Map<String, String> fields) {
        return pool.xadd(HallKeys.of(hallId).events(), XAddParams.xAddParams(), fields).toString();
    }

    /** Entries of the hall's log still pending in a group (delivered, not acknowledged). */
    static long pending(UnifiedJedis pool, String hallId, EffectGroup group) {
        return pool.xpending(HallKeys.of(hallId).events(), group.groupName()).getTotal();
    }
}
