package org.onewindow.server.faults.processes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.onewindow.server.redis.ServerKeys;
import org.onewindow.server.testsupport.TestPostgres;

/**
 * Everything a fault scenario runs on, each a real process the suite started: one Redis, one
 * broker and three queue server instances, serving one hall per scenario so that scenarios on
 * the same processes never see each other's tickets.
 */
public final class FaultCluster implements AutoCloseable {

    /** The token of the kiosk registered in a hall (FaultConfig): a device's token opens its own hall only. */
    public static String kioskToken(String hallId) {
        return "fault-kiosk-" + hallId;
    }
    public static final String CLERK_PASSWORD = "demo-clerk";
    public static final String MANAGER_PASSWORD = "demo-manager";
    public static final int WINDOWS = FaultConfig.WINDOWS;

    private final RedisNode redis;
    private final BrokerNode broker;
    private final List<ServerNode> servers = new ArrayList<>();
    private final List<String> hallIds;

    private FaultCluster(Path dir, List<String> hallIds, int instances) {
        this.hallIds = List.copyOf(hallIds);
        redis = new RedisNode(dir.resolve("redis"));
        broker = new BrokerNode(dir);
        String halls = hallIds.stream().map(h -> "file:" + FaultConfig.hallFile(dir.resolve("halls"), h))
                .collect(Collectors.joining(","));
        List<String> arguments = List.of("--onewindow.redis.embedded=false", "--onewindow.redis.host=127.0.0.1",
                "--onewindow.redis.port=" + redis.port(), "--onewindow.mqtt.embedded-broker=false",
                "--onewindow.mqtt.url=" + broker.uri(), "--onewindow.halls.files=" + halls,
                // One key for every instance, as in production: a rating token or a session signed by
                // one instance is honoured by the others.
                "--onewindow.identity.secret=fault-suite-shared-identity-key-0123456789",
                "--spring.config.additional-location=file:" + FaultConfig.accountsFile(dir, hallIds),
                // One records database for every instance, as in production, and one that outlives a
                // killed instance (an embedded one would be left running by it).
                "--onewindow.records.url=" + TestPostgres.freshDatabase(), "--onewindow.records.username=postgres");
        for (int i = 1; i <= instances; i++) {
            servers.add(new ServerNode("server-" + i, dir.resolve("server-" + i), arguments,
                    "/api/halls/" + hallIds.get(0), kioskToken(hallIds.get(0))));
        }
    }

    /** Starts Redis ({@code appendfsync always}), the broker and every instance, and waits for all. */
    public static FaultCluster start(Path dir, List<String> hallIds, int instances) {
        FaultCluster cluster = new FaultCluster(dir, hallIds, instances);
        try {
            cluster.redis.start("always");
            cluster.broker.start();
            // One at a time: started together on two shared cores each takes as long as all three.
            for (ServerNode server : cluster.servers) {
                server.launch();
                server.awaitReady();
            }
            return cluster.stopAtExit();
        } catch (RuntimeException e) {
            cluster.close(); // nothing the suite started outlives a failed start
            throw e;
        }
    }

    public static String clerk(int window) {
        return "clerk%02d".formatted(window);
    }

    public RedisNode redis() {
        return redis;
    }

    public BrokerNode broker() {
        return broker;
    }

    public List<ServerNode> servers() {
        return List.copyOf(servers);
    }

    public List<String> hallIds() {
        return hallIds;
    }

    /** The instance working the hall now (holding its lease), if it is one the suite knows. */
    public Optional<ServerNode> publisherOf(String hallId) {
        String holder;
        try (var jedis = redis.connect()) {
            holder = jedis.get(publisherLeaseKey(hallId));
        }
        if (holder == null) {
            return Optional.empty();
        }
        return servers.stream().filter(ServerNode::isAlive).filter(s -> s.publishedAs(holder)).findFirst();
    }

    /** The Redis key whose value is the instance id of the instance working the hall. */
    public static String publisherLeaseKey(String hallId) {
        return ServerKeys.hallLease(hallId);
    }

    /** Starts again every instance that is not running, and waits until each answers. */
    public void restartStopped() {
        for (ServerNode server : servers) {
            if (!server.isAlive()) {
                server.launch();
                server.awaitReady();
            }
        }
    }

    @Override
    public void close() {
        for (ServerNode server : servers) {
            if (server.isAlive()) {
                server.kill();
            }
        }
        broker.stop();
        redis.stop();
    }

    /** Stops what a test JVM that ends abruptly (a timeout, Ctrl-C) would otherwise leave running. */
    private FaultCluster stopAtExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "fault-cluster-stop"));
        return this;
    }
}
