package org.onewindow.server.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.embedded.core.ExecutableProvider;

import org.onewindow.protocol.testsupport.FreePorts;

/**
 * A Redis Cluster of three masters for tests, started once per test JVM from the redis-server the
 * embedded Redis ships (so it needs nothing installed): each node is given a third of the 16,384
 * slots and introduced to the others, and the cluster is ready when every node reports it ok. The
 * processes are this JVM's children and are stopped, by their own handles, when it exits.
 */
public final class TestRedisCluster {

    public static final int MASTERS = 3;
    private static final Duration READY_PATIENCE = Duration.ofSeconds(60);
    /** Generous, as a test machine may be busy: a node that misses a beat must not be declared failed. */
    public static final int TIMEOUT_MILLIS = 10_000;

    private static List<Process> nodes;
    private static List<Integer> ports;

    private TestRedisCluster() {
    }

    /**
     * The cluster's node addresses, {@code 127.0.0.1:port}, starting it on first use, once every
     * node says the cluster is ok (on a loaded machine a node may for a moment think another gone).
     */
    public static synchronized List<String> nodes() {
        if (ports == null) {
            start();
        }
        awaitReady();
        return ports.stream().map(p -> "127.0.0.1:" + p).toList();
    }

    /** A new cluster client; the caller closes it. */
    public static UnifiedJedis client() {
        Set<HostAndPort> seeds = nodes().stream().map(HostAndPort::from).collect(Collectors.toSet());
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(32);
        return RedisClusterClient.builder().nodes(seeds).poolConfig(pool)
                .clientConfig(DefaultJedisClientConfig.builder().timeoutMillis(TIMEOUT_MILLIS).build()).build();
    }

    private static void start() {
        try {
            File binary = ExecutableProvider.newJarResourceProvider().get();
            Path dir = Files.createTempDirectory("onewindow-test-redis-cluster");
            List<Process> started = new ArrayList<>();
            List<Integer> chosen = new ArrayList<>();
            for (int i = 0; i < MASTERS; i++) {
                int port = FreePorts.any();
                Path nodeDir = Files.createDirectories(dir.resolve("node-" + port));
                started.add(new ProcessBuilder(binary.getAbsolutePath(), "--bind", "127.0.0.1", "--port", Integer.toString(port),
                        "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "15000",
                        "--dir", nodeDir.toString(), "--save", "", "--appendonly", "no", "--daemonize", "no")
                        .redirectErrorStream(true).redirectOutput(nodeDir.resolve("redis.log").toFile()).start());
                chosen.add(port);
            }
            nodes = started;
            ports = chosen;
            try {
                form();
            } catch (RuntimeException e) {
                // Not left half made: the next test to ask starts a cluster afresh.
                stop();
                nodes = null;
                ports = null;
                throw e;
            }
            List<Process> formed = started;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> formed.forEach(Process::destroy)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives each node its slots and introduces them to one another, then waits for the cluster. */
    private static void form() {
        int perNode = 16384 / MASTERS;
        for (int i = 0; i < MASTERS; i++) {
            int from = i * perNode;
            int to = i == MASTERS - 1 ? 16383 : from + perNode - 1;
            try (Jedis node = awaitNode(ports.get(i))) {
                node.clusterAddSlots(IntStream.rangeClosed(from, to).toArray());
                for (int other : ports) {
                    if (other != ports.get(i)) {
                        node.clusterMeet("127.0.0.1", other);
                    }
                }
            }
        }
        awaitReady();
    }

    private static void awaitReady() {
        Instant deadline = Instant.now().plus(READY_PATIENCE);
        for (int port : ports) {
            while (!ready(port)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the test Redis Cluster did not form within " + READY_PATIENCE);
                }
                pause();
            }
        }
    }

    private static boolean ready(int port) {
        try (Jedis node = new Jedis("127.0.0.1", port, 2000)) {
            String info = node.clusterInfo();
            return info.contains("cluster_state:ok") && info.contains("cluster_known_nodes:" + MASTERS)
                    && info.contains("cluster_slots_assigned:16384");
        } catch (JedisException e) {
            return false;
        }
    }

    private static Jedis awaitNode(int port) {
        Instant deadline = Instant.now().plus(READY_PATIENCE);
        while (true) {
            Jedis node = new Jedis("127.0.0.1", port, TIMEOUT_MILLIS);
            try {
                node.ping();
                return node;
            } catch (JedisException notYet) {
                node.close();
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("a test Redis Cluster node on " + port + " did not start", notYet);
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void stop() {
        nodes.forEach(Process::destroy);
    }
}
