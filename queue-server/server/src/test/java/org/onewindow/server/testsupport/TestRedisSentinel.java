package org.onewindow.server.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.embedded.core.ExecutableProvider;

import org.onewindow.protocol.testsupport.FreePorts;

/**
 * A Sentinel set for tests, started from the redis-server the embedded Redis ships: a master, two
 * replicas and three Sentinels (quorum 2) that declare the master down after a second. The test
 * may kill the master, by its own process handle, to make the Sentinels fail over to a replica; the
 * other replica then follows the new master, so a change can still be waited for on one replica.
 * Every process is this test's child and {@link #close()} stops them all.
 */
public final class TestRedisSentinel implements AutoCloseable {

    public static final String MASTER_NAME = "onewindow";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Path dir;
    private final String binary;
    private final List<Process> processes = new ArrayList<>();
    private final List<Integer> sentinelPorts = new ArrayList<>();
    private Process master;
    private int masterPort;
    private final List<Integer> replicaPorts = new ArrayList<>();

    private TestRedisSentinel() throws IOException {
        this.dir = Files.createTempDirectory("onewindow-test-redis-sentinel");
        File executable = ExecutableProvider.newJarResourceProvider().get();
        this.binary = executable.getAbsolutePath();
    }

    public static TestRedisSentinel start() {
        try {
            TestRedisSentinel set = new TestRedisSentinel();
            set.launch();
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void launch() throws IOException {
        masterPort = FreePorts.any();
        master = redis(masterPort);
        for (int i = 0; i < 2; i++) {
            int port = FreePorts.any();
            redis(port, "--replicaof", "127.0.0.1", Integer.toString(masterPort));
            replicaPorts.add(port);
        }
        await("the replicas to be in sync", () -> info(masterPort, "replication").split("state=online", -1).length == 3);
        for (int i = 0; i < 3; i++) {
            int port = FreePorts.any();
            Path conf = dir.resolve("sentinel-" + port + ".conf");
            Files.writeString(conf, String.join("\n",
                    "bind 127.0.0.1", "port " + port, "dir " + dir,
                    "sentinel monitor " + MASTER_NAME + " 127.0.0.1 " + masterPort + " 2",
                    "sentinel down-after-milliseconds " + MASTER_NAME + " 1000",
                    "sentinel failover-timeout " + MASTER_NAME + " 5000",
                    "sentinel parallel-syncs " + MASTER_NAME + " 1", ""), StandardCharsets.UTF_8);
            processes.add(new ProcessBuilder(binary, conf.toString(), "--sentinel").redirectErrorStream(true)
                    .redirectOutput(dir.resolve("sentinel-" + port + ".log").toFile()).start());
            sentinelPorts.add(port);
        }
        // Each Sentinel must know the replica and the other two before a failover can be agreed.
        for (int port : sentinelPorts) {
            await("Sentinel " + port + " to know the set", () -> {
                String info = info(port, "sentinel");
                return info.contains("slaves=2") && info.contains("sentinels=3");
            });
        }
    }

    private Process redis(int port, String... more) throws IOException {
        List<String> command = new ArrayList<>(List.of(binary, "--bind", "127.0.0.1", "--port", Integer.toString(port),
                "--dir", dir.toString(), "--dbfilename", "dump-" + port + ".rdb", "--save", "", "--appendonly", "no"));
        command.addAll(List.of(more));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("redis-" + port + ".log").toFile()).start();
        processes.add(process);
        await("Redis " + port + " to answer", () -> info(port, "server").contains("redis_version"));
        return process;
    }

    /** The Sentinels' addresses, {@code 127.0.0.1:port}. */
    public List<String> sentinels() {
        return sentinelPorts.stream().map(p -> "127.0.0.1:" + p).toList();
    }

    public int masterPort() {
        return masterPort;
    }


    /** Kills the master at once (SIGKILL): what it had not yet sent its replica is gone. */
    public void killMaster() {
        master.destroyForcibly();
    }

    /** Whether one of the former replicas now says it is the master. */
    public boolean replicaPromoted() {
        return replicaPorts.stream().anyMatch(port -> info(port, "replication").contains("role:master"));
    }

    private static String info(int port, String section) {
        try (Jedis jedis = new Jedis("127.0.0.1", port, 500)) {
            return jedis.info(section);
        } catch (JedisException e) {
            return "";
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        processes.forEach(Process::destroyForcibly);
    }
}
