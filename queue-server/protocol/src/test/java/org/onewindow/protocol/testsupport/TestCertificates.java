package org.onewindow.protocol.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Certificates made for a test by the machine's {@code openssl}, as a hall makes its own: a CA of
 * its own and a broker certificate it signed. Keys are EC P-256 (quick to make), valid two days.
 */
public final class TestCertificates {

    /** A broker's certificate and key, and the CA that signed it (PEM files). */
    public record Server(Path caFile, Path certFile, Path keyFile) {
    }

    /** A CA: its certificate (what devices trust) and its key. */
    public record Authority(Path certFile, Path keyFile) {
    }

    private final Path dir;

    /** @param dir where the files are written (a test's temporary directory) */
    public TestCertificates(Path dir) {
        this.dir = dir;
    }

    /** A new CA named {@code name}. */
    public Authority authority(String name) {
        Path key = dir.resolve(name + "-ca.key");
        Path cert = dir.resolve(name + "-ca.crt");
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", key.toString(), "-out", cert.toString(), "-days", "2", "-subj", "/CN=" + name + " test CA",
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
        return new Authority(cert, key);
    }

    /**
     * A broker certificate signed by {@code ca}.
     *
     * @param subjectAltNames e.g. {@code IP:127.0.0.1,DNS:localhost}: the names a client checks
     */
    public Server server(Authority ca, String name, String subjectAltNames) {
        Path key = dir.resolve(name + ".key");
        Path request = dir.resolve(name + ".csr");
        Path cert = dir.resolve(name + ".crt");
        Path extensions = dir.resolve(name + ".ext");
        try {
            Files.writeString(extensions, "subjectAltName=" + subjectAltNames + "\nextendedKeyUsage=serverAuth\n",
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key.toString(),
                "-out", request.toString(), "-subj", "/CN=" + name);
        openssl("x509", "-req", "-in", request.toString(), "-CA", ca.certFile().toString(), "-CAkey",
                ca.keyFile().toString(), "-CAcreateserial", "-out", cert.toString(), "-days", "2", "-extfile",
                extensions.toString());
        return new Server(ca.certFile(), cert, key);
    }

    private void openssl(String... args) {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("openssl.log").toFile()).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("openssl did not finish: " + command);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("openssl failed (" + p.exitValue() + "): " + command + "\n"
                        + Files.readString(dir.resolve("openssl.log"), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run openssl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running openssl", e);
        }
    }
}
