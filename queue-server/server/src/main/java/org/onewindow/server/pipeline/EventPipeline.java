package org.onewindow.server.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;

import org.onewindow.server.redis.HallKeys;

/**
 * Runs the effects of every change in the halls this instance works: a reader per consumer group,
 * a lane per hall and group, and a pool of workers per group, so that a broker slow to answer
 * never holds up the cases, nor a slow Redis the boards. It starts before the leases and stops
 * after them, so that a hall handed over at shutdown has had its entry in hand finished first.
 */
@Component
class EventPipeline implements SmartLifecycle, LeaseListener {

    /** Workers of each group: its lanes wait on Redis or the broker, rarely on the CPU. */
    static final int WORKERS = 8;
    private static final Duration HAND_OVER_PATIENCE = Duration.ofSeconds(1);

    private final UnifiedJedis redis;
    private final HallLeases leases;
    private final EffectRunner runner;
    private final ParkedEffects parked;
    private final PipelineStats stats;
    private final List<GroupReader> readers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<ExecutorService> workers = new ArrayList<>();
    private ScheduledExecutorService timer;
    private volatile boolean running;

    EventPipeline(UnifiedJedis redis, HallLeases leases, EffectRunner runner, ParkedEffects parked, PipelineStats stats) {
        this.redis = redis;
        this.leases = leases;
        this.runner = runner;
        this.parked = parked;
        this.stats = stats;
        leases.addListener(this);
    }

    @Override
    public void start() {
        String instance = leases.instanceId();
        timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "effects-" + instance + "-retries"));
        for (EffectGroup group : EffectGroup.values()) {
            AtomicInteger n = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(WORKERS,
                    r -> daemon(r, "effects-" + instance + "-" + group.groupName() + "-" + n.incrementAndGet()));
            workers.add(pool);
            HallLane.Services services = new HallLane.Services(runner, this::ack, parked, stats, pool, timer);
            GroupReader reader = new GroupReader(group, this.redis, leases, services);
            readers.add(reader);
            Thread t = daemon(reader, "events-" + group.groupName() + "-" + instance);
            threads.add(t);
            t.start();
        }
        running = true;
    }

    private void ack(String hallId, EffectGroup group, List<StreamEntryID> done) {
        redis.xack(HallKeys.of(hallId).events(), group.groupName(), done.toArray(StreamEntryID[]::new));
    }

    @Override
    public void lost(String hallId) {
        readers.forEach(r -> r.release(hallId, HAND_OVER_PATIENCE));
    }

    @Override
    public void stop() {
        running = false;
        readers.forEach(GroupReader::stop);
        threads.forEach(Thread::interrupt);
        workers.forEach(ExecutorService::shutdown);
        if (timer != null) {
            timer.shutdownNow();
        }
        for (ExecutorService pool : workers) {
            try {
                pool.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return HallLeases.PHASE - 1;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
