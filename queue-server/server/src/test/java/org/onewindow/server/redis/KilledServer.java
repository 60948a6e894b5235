package org.onewindow.server.redis;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@link EmbeddedRedisHost} run by a test in a child JVM. It remembers every process the child
 * started, so that whatever a kill leaves behind is stopped by its pid when the test ends.
 */
final class KilledServer implements AutoCloseable {

    private final Process jvm;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final List<ProcessHandle> started = new CopyOnWriteArrayList<>();

    private KilledServer(Process jvm) {
        this.jvm = jvm;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("(output ended: " + e.getMessage() + ")");
            }
        }, "killed-server-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the child JVM and waits until its embedded Redis answers. */
    static KilledServer start(int port, Path dataDir) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process jvm = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedRedisHost.class.getName(), Integer.toString(port), dataDir.toString())
                .redirectErrorStream(true).start();
        KilledServer server = new KilledServer(jvm);
        await().atMost(Duration.ofSeconds(60)).until(() -> server.output.stream().anyMatch(l -> l.startsWith("READY"))
                || !jvm.isAlive());
        if (!jvm.isAlive()) {
            throw new IllegalStateException("the server JVM ended: " + server.output);
        }
        server.started.addAll(jvm.descendants().toList());
        return server;
    }

    /** SIGKILL of the server's JVM, and of nothing else. */
    void kill() throws InterruptedException {
        jvm.destroyForcibly();
        jvm.waitFor();
    }

    /** SIGKILL of every process the server started other than Redis itself, then of the server. */
    void killWithAllButRedis() throws InterruptedException {
        started.stream().filter(p -> !isRedis(p)).forEach(ProcessHandle::destroyForcibly);
        kill();
    }

    static boolean isRedis(ProcessHandle p) {
        return p.info().command().map(c -> c.contains("redis-server")).orElse(false);
    }

    String output() {
        return String.join("\n", output);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
        for (ProcessHandle p : started) {
            p.destroyForcibly();
            p.onExit().join();
        }
    }
}
