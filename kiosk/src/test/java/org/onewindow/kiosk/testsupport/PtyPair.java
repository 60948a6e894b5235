package org.onewindow.kiosk.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * Two connected pseudo-terminals made by socat: the kiosk opens one end as its serial port, the
 * test plays the device on the other. Real termios, real jSerialComm, no hardware.
 */
public final class PtyPair implements AutoCloseable {

    private final Process socat;
    private final Path hostEnd;
    private final Path deviceEnd;

    private PtyPair(Process socat, Path hostEnd, Path deviceEnd) {
        this.socat = socat;
        this.hostEnd = hostEnd;
        this.deviceEnd = deviceEnd;
    }

    /** Starts socat; skips the test when socat is not on the PATH. */
    public static PtyPair open(Path dir) throws IOException, InterruptedException {
        Optional<Path> socat = onPath("socat");
        Assumptions.assumeTrue(socat.isPresent(), "socat is not on the PATH");
        Path host = dir.resolve("kiosk");
        Path device = dir.resolve("device");
        Process p = new ProcessBuilder(socat.get().toString(), "-d", "pty,raw,echo=0,link=" + host, "pty,raw,echo=0,link=" + device)
                .redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (!(Files.exists(host) && Files.exists(device))) {
            if (!p.isAlive() || Instant.now().isAfter(deadline)) {
                p.destroyForcibly();
                throw new IOException("socat did not make the pty pair: " + Files.readString(dir.resolve("socat.log")));
            }
            Thread.sleep(10);
        }
        return new PtyPair(p, host, device);
    }

    /** The program as the shell would find it, wherever the machine installed it. */
    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        return path == null ? Optional.empty() : Arrays.stream(path.split(File.pathSeparator)).filter(d -> !d.isBlank())
                .map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
    }

    /** The end the kiosk's driver opens. */
    public Path hostEnd() {
        return hostEnd;
    }

    /** The end the test's device twin opens. */
    public Path deviceEnd() {
        return deviceEnd;
    }

    @Override
    public void close() {
        socat.destroy();
        try {
            socat.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
