package org.onewindow.server.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

import org.onewindow.server.QueueServerApplication;
import org.onewindow.server.calling.CallingService;
import org.onewindow.server.pipeline.HallLeases;
import org.onewindow.server.pipeline.PipelineStats;
import org.onewindow.server.testsupport.TestPostgres;
import org.onewindow.server.ticket.TicketService;

/**
 * One queue server, as deployed, in this JVM: its own Spring Boot context on a shared Redis and
 * broker. Remembers when its pipeline started (a lifecycle bean of the phase just before it), and
 * adds up the CPU time of its threads, which carry its instance id in their names.
 */
final class ServerInstance implements AutoCloseable {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    final ConfigurableApplicationContext context;
    final TicketService tickets;
    final CallingService calling;
    private final HallLeases leases;
    private final PipelineStats stats;
    private final StartMark startMark;

    /** Notes the moment the pipeline is about to start: the entries are in the logs by then. */
    private static final class StartMark implements SmartLifecycle {
        volatile long nanos;
        private volatile boolean running;

        @Override
        public void start() {
            nanos = System.nanoTime();
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return SmartLifecycle.DEFAULT_PHASE - 102;
        }
    }

    private static final Map<Path, String> RECORDS = new ConcurrentHashMap<>();

    ServerInstance(int redisPort, String brokerUri, GeneratedHalls halls, Path dataDir) {
        StartMark mark = new StartMark();
        this.context = new SpringApplicationBuilder(QueueServerApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("benchmarkStartMark", mark))
                // As arguments: they must win over application.yml, as a deployment's settings do.
                .run("--server.port=0",
                        "--onewindow.redis.embedded=false",
                        "--onewindow.redis.host=127.0.0.1",
                        "--onewindow.redis.port=" + redisPort,
                        "--onewindow.mqtt.embedded-broker=false",
                        "--onewindow.mqtt.url=" + brokerUri,
                        "--onewindow.data-dir=" + dataDir,
                        // Instances on one data directory share one records database, as in production.
                        "--onewindow.records.url=" + RECORDS.computeIfAbsent(dataDir, d -> TestPostgres.freshDatabase()),
                        "--onewindow.records.username=postgres",
                        "--onewindow.halls.files=" + halls.locations,
                        "--logging.level.org.onewindow=WARN",
                        "--logging.level.notifications=WARN");
        this.startMark = mark;
        this.tickets = context.getBean(TicketService.class);
        this.calling = context.getBean(CallingService.class);
        this.leases = context.getBean(HallLeases.class);
        this.stats = context.getBean(PipelineStats.class);
    }

    String id() {
        return leases.instanceId();
    }

    long pipelineStartedNanos() {
        return startMark.nanos;
    }

    long handled() {
        return stats.handled();
    }

    Set<String> held() {
        return leases.held();
    }

    /** Stops leases and pipeline (handing the halls over) but keeps the services, to write the logs. */
    void stopWorkingHalls() {
        context.stop();
    }

    /** CPU time so far of each live thread of this instance, by thread id. */
    Map<Long, Long> cpuByThread() {
        Map<Long, Long> out = new HashMap<>();
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds(), 0)) {
            if (t != null && t.getThreadName().contains(id())) {
                long cpu = THREADS.getThreadCpuTime(t.getThreadId());
                if (cpu > 0) {
                    out.put(t.getThreadId(), cpu);
                }
            }
        }
        return out;
    }

    /** Thread names by thread id, with the instance id and numbers taken out: the kinds of thread. */
    Map<Long, String> threadKinds() {
        Map<Long, String> out = new HashMap<>();
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds(), 0)) {
            if (t != null && t.getThreadName().contains(id())) {
                out.put(t.getThreadId(), t.getThreadName().replace(id(), "<id>").replaceAll("[0-9]+", "N"));
            }
        }
        return out;
    }

    /** CPU time spent by this instance's threads between two {@link #cpuByThread()} readings. */
    static long cpuBetween(Map<Long, Long> before, Map<Long, Long> after) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : after.entrySet()) {
            sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return sum;
    }

    @Override
    public void close() {
        context.close();
    }
}
