package org.onewindow.server.faults;

import java.util.function.BiConsumer;

import org.onewindow.server.faults.checks.FaultWindow;
import org.onewindow.server.faults.processes.FaultCluster;
import org.onewindow.server.faults.processes.ServerNode;

/** The faults of the suite and the state each starts from. */
final class Faults {

    /** How far back Redis may lose acknowledged writes at a kill -9 with {@code appendfsync everysec}. */
    private static final long FSYNC_WINDOW_MILLIS = 2000;

    private Faults() {
    }

    /** kill -9 of the instance that publishes the hall. */
    static final Fault KILL_PUBLISHER = (cluster, hallId, balancer) -> {
        ServerNode publisher = publisher(cluster, hallId);
        long at = System.currentTimeMillis();
        publisher.kill();
        return FaultWindow.at(at);
    };

    /** SIGTERM of the instance that publishes the hall: a graceful stop, as at a deployment. */
    static final Fault TERMINATE_PUBLISHER = (cluster, hallId, balancer) -> {
        ServerNode publisher = publisher(cluster, hallId);
        long at = System.currentTimeMillis();
        publisher.terminate();
        return FaultWindow.at(at);
    };

    /** Leaves one instance stopped, so that one can join during the load. */
    static final BiConsumer<FaultCluster, String> ONE_STOPPED = (cluster, hallId) -> {
        if (cluster.servers().stream().allMatch(ServerNode::isAlive)) {
            ServerNode publisher = publisher(cluster, hallId);
            cluster.servers().stream().filter(s -> s != publisher).reduce((a, b) -> b).orElseThrow().terminate();
        }
    };

    /** A stopped instance starts while the others serve, and the balancer sends clients to it too. */
    static final Fault INSTANCE_JOINS = (cluster, hallId, balancer) -> {
        ServerNode joining = cluster.servers().stream().filter(s -> !s.isAlive()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no stopped instance to start"));
        long at = System.currentTimeMillis();
        joining.launch();
        joining.awaitReady();
        balancer.add(joining.port());
        return FaultWindow.at(at);
    };

    /** kill -9 of the broker, started again at once on the same port, empty. */
    static final Fault BROKER_RESTART = (cluster, hallId, balancer) -> {
        long at = System.currentTimeMillis();
        cluster.broker().kill();
        cluster.broker().start();
        return FaultWindow.at(at);
    };

    static BiConsumer<FaultCluster, String> redisFsync(String policy) {
        return (cluster, hallId) -> cluster.redis().useFsync(policy);
    }

    /** kill -9 of Redis, started again at once on its append-only file. */
    static final Fault REDIS_RESTART = (cluster, hallId, balancer) -> {
        long at = System.currentTimeMillis();
        cluster.redis().kill();
        cluster.redis().restart();
        return "everysec".equals(cluster.redis().fsync())
                ? new FaultWindow(at, at - FSYNC_WINDOW_MILLIS, at)
                : FaultWindow.at(at);
    };

    private static ServerNode publisher(FaultCluster cluster, String hallId) {
        return cluster.publisherOf(hallId).orElseThrow(() -> new IllegalStateException("no live instance holds the publisher"
                + " lease of " + hallId + ": the lease's value (" + FaultCluster.publisherLeaseKey(hallId) + ") is matched"
                + " against each instance's log line \"Working hall … on this instance (<id>)\""));
    }
}
