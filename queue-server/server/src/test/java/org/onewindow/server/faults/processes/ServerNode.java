package org.onewindow.server.faults.processes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.server.testsupport.Http;

import org.onewindow.protocol.testsupport.FreePorts;

/**
 * One queue server instance as a child JVM, on the suite's Redis and broker, serving the suite's
 * halls. It can be killed ({@code -9}), stopped ({@code SIGTERM}) and started again on its port.
 */
public final class ServerNode {

    private final String name;
    private final int port = FreePorts.any();
    private final Path dir;
    private final List<String> arguments;
    private final String readinessPath;
    private final String probeToken;
    private ChildProcess process;

    /** @param probeToken the token of a kiosk of the hall the readiness path names */
    ServerNode(String name, Path dir, List<String> arguments, String readinessPath, String probeToken) {
        this.name = name;
        this.dir = dir;
        this.arguments = List.copyOf(arguments);
        this.readinessPath = readinessPath;
        this.probeToken = probeToken;
    }

    /** Starts the JVM and returns at once; {@link #awaitReady()} waits for it to answer. */
    public void launch() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(arguments);
        args.add("--server.port=" + port);
        args.add("--onewindow.data-dir=" + dir);
        process = ChildProcess.start(name, JavaCommand.of("org.onewindow.server.QueueServerApplication", List.of(), args),
                dir.resolve("server.log"));
    }

    /** Waits until the instance answers the kiosk's hall request, as a load balancer's probe would. */
    public void awaitReady() {
        Http http = new Http(port);
        Waits.until(name + " answers on " + port, Duration.ofSeconds(180), () -> {
            try {
                return http.get(readinessPath, Http.bearer(probeToken)).status() == 200;
            } catch (RuntimeException notYet) {
                return false;
            }
        }, process);
    }

    public void kill() {
        process.kill();
    }

    public void terminate() {
        process.terminate();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    /** Whether this instance said it works a hall under the given instance id. */
    boolean publishedAs(String instanceId) {
        try {
            return Files.readString(dir.resolve("server.log"), StandardCharsets.UTF_8)
                    .contains("on this instance (" + instanceId + ")");
        } catch (IOException e) {
            return false;
        }
    }
}
