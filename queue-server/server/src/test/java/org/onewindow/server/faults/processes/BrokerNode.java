package org.onewindow.server.faults.processes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.onewindow.protocol.testsupport.FreePorts;

/** The hall's MQTT broker as a child JVM on a fixed port, so a restart comes back where it was. */
public final class BrokerNode {

    private final int port = FreePorts.any();
    private final Path dir;
    private ChildProcess process;

    public BrokerNode(Path dir) {
        this.dir = dir;
    }

    public void start() {
        process = ChildProcess.start("broker", JavaCommand.of(BrokerMain.class.getName(), List.of("-Xmx128m"),
                List.of(Integer.toString(port))), dir.resolve("broker.log"));
        Waits.until("the broker listens on " + port, Duration.ofSeconds(60), () -> FreePorts.listening(port), process);
    }

    public void kill() {
        process.kill();
    }

    /** At the end of a run: the broker keeps nothing worth a graceful stop. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.kill();
        }
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }
}
