package org.onewindow.protocol.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Mosquitto of the test's own, as production halls run one: started from the machine's
 * {@code mosquitto} binary on a free port of 127.0.0.1 with a configuration written for it, and
 * stopped by its own process handle only. {@link #available()} tells whether the binary is there,
 * so a test can fall back to {@link TestBroker} or be skipped. It may open a TLS listener besides
 * (on a port of its own) with the test's certificates, see {@link TestCertificates}.
 */
public final class MosquittoProcess implements AutoCloseable {

    private static final String BINARY = "mosquitto";

    private final int port;
    private final int tlsPort;
    private final Path dir;
    private final Path configFile;
    /** The running broker; another after {@link #restart()}. */
    private volatile Process process;
    /** Stops the broker if the test JVM ends without closing it, so it never outlives the tests. */
    private final Thread stopAtExit;

    /**
     * @param extraConfig lines added to the configuration after the listener (e.g. limits,
     *                    password file and ACL); anonymous clients are allowed unless a line says not
     */
    public MosquittoProcess(List<String> extraConfig) {
        this(extraConfig, null);
    }

    /**
     * @param extraConfig as above; applies to both listeners
     * @param tls         the certificates of a TLS listener on a second port ({@link #tlsUri()}); null for none
     */
    public MosquittoProcess(List<String> extraConfig, TestCertificates.Server tls) {
        try {
            this.port = FreePorts.any();
            this.tlsPort = tls == null ? -1 : FreePorts.any();
            this.dir = Files.createTempDirectory("mosquitto");
            List<String> config = new ArrayList<>(List.of(
                    "listener " + port + " 127.0.0.1",
                    "persistence false",
                    // Started by root, Mosquitto becomes user "mosquitto", who cannot read this
                    // test's private files (the password file, the key); it stays whoever started it.
                    "user " + System.getProperty("user.name"),
                    "log_dest file " + dir.resolve("mosquitto.log")));
            if (extraConfig.stream().noneMatch(l -> l.startsWith("allow_anonymous"))) {
                config.add("allow_anonymous true");
            }
            config.addAll(extraConfig);
            if (tls != null) {
                // Last: cafile, certfile and keyfile belong to the listener above them.
                config.addAll(List.of("listener " + tlsPort + " 127.0.0.1", "cafile " + tls.caFile(),
                        "certfile " + tls.certFile(), "keyfile " + tls.keyFile()));
            }
            this.configFile = dir.resolve("mosquitto.conf");
            Files.write(configFile, config);
            this.process = launch();
            this.stopAtExit = new Thread(() -> process.destroy(), "stop-mosquitto-" + port);
            Runtime.getRuntime().addShutdownHook(stopAtExit);
            awaitListening(port);
            if (tls != null) {
                awaitListening(tlsPort);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start mosquitto", e);
        }
    }

    private Process launch() throws IOException {
        return new ProcessBuilder(BINARY, "-c", configFile.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("stdout.log").toFile())).start();
    }

    /**
     * Kills this broker's process (SIGKILL, by its own handle), as a power cut or a crash would: no
     * clean disconnect, and nothing it held in memory (the retained messages) survives.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("mosquitto " + process.pid() + " did not die within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing mosquitto", e);
        }
    }

    /** Starts the broker again, killed or not, on the same port with the same configuration. */
    public void restart() {
        if (process.isAlive()) {
            kill();
        }
        try {
            process = launch();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start mosquitto again", e);
        }
        awaitListening(port);
        if (tlsPort >= 0) {
            awaitListening(tlsPort);
        }
    }

    /**
     * Configuration lines for a broker that lets in only these users, with their passwords in a
     * file made by {@code mosquitto_passwd} (hashed, as a hall keeps it) in {@code dir}.
     */
    public static List<String> onlyUsers(Path dir, Map<String, String> passwords) {
        Path file = dir.resolve("mosquitto.passwords");
        try {
            Files.deleteIfExists(file);
            Files.createFile(file);
            for (Map.Entry<String, String> user : passwords.entrySet()) {
                Process p = new ProcessBuilder("mosquitto_passwd", "-b", file.toString(), user.getKey(), user.getValue())
                        .redirectErrorStream(true).redirectOutput(dir.resolve("mosquitto_passwd.log").toFile()).start();
                if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    throw new IllegalStateException("mosquitto_passwd failed for " + user.getKey() + "; see " + dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing " + file, e);
        }
        return List.of("allow_anonymous false", "password_file " + file);
    }

    /** Whether the machine has a {@code mosquitto} binary on its path. */
    public static boolean available() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, BINARY))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", BINARY));
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    /** The TLS listener, {@code ssl://127.0.0.1:<port>}; only when started with certificates. */
    public String tlsUri() {
        if (tlsPort < 0) {
            throw new IllegalStateException("this Mosquitto has no TLS listener");
        }
        return "ssl://127.0.0.1:" + tlsPort;
    }

    public int port() {
        return port;
    }

    /**
     * Has the broker read its configuration again, as an operator's {@code kill -HUP} does: this
     * broker's process only, by its id. Returns once the signal is sent; the reload follows.
     */
    public void reload() {
        try {
            Process kill = new ProcessBuilder("kill", "-HUP", Long.toString(process.pid())).redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -HUP " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal mosquitto", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling mosquitto", e);
        }
    }

    /** The broker's own log, for a test's failure message. */
    public Path log() {
        return dir.resolve("mosquitto.log");
    }

    private void awaitListening(int listening) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mosquitto exited with " + process.exitValue() + "; see " + dir);
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", listening), 200);
                return;
            } catch (IOException notYet) {
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("mosquitto did not listen on " + listening + " within 10 s; see " + dir);
    }

    /** How many lines of the broker's log contain {@code text}, e.g. "not authorised". */
    public long logged(String text) {
        try (var lines = Files.lines(log())) {
            return lines.filter(l -> l.contains(text)).count();
        } catch (java.nio.file.NoSuchFileException notYet) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it stops the broker.
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
