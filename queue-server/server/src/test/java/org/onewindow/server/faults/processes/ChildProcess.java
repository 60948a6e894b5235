package org.onewindow.server.faults.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A process the suite started itself, with its output in a log file. It is only ever stopped by
 * its own handle: {@link #kill()} is {@code kill -9}, {@link #terminate()} is {@code SIGTERM}.
 */
public final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ChildProcess start(String name, List<String> command, Path log) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new ChildProcess(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command, e);
        }
    }

    /** {@code kill -9}: the process gets no chance to finish anything. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(30);
    }

    /** {@code SIGTERM}: the process shuts down as it would when its service is stopped. */
    public void terminate() {
        process.destroy();
        if (!awaitExit(60)) {
            throw new IllegalStateException(name + " did not stop within 60 s of SIGTERM");
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public String name() {
        return name;
    }

    private boolean awaitExit(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
