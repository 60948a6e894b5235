package org.onewindow.server.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.onewindow.protocol.access.DeviceAccount;
import org.onewindow.protocol.access.DeviceKind;
import org.onewindow.protocol.access.MqttAccess;
import org.onewindow.protocol.testsupport.MosquittoProcess;
import org.onewindow.server.security.DeviceRegistry;

/**
 * The two brokers a hall may run, each set up from the same device registry: the embedded one with
 * its own access checks, and a Mosquitto of the test's own with a password file made by
 * {@code mosquitto_passwd} and the ACL file the server writes.
 */
final class HallBrokers {

    static final String SERVER_USER = "onewindow-server";
    static final String SERVER_PASSWORD = "server-secret-for-tests";

    /** The devices of the tests: a hall's kinds, a second evaluator and terminal, a kiosk of another hall. */
    static final Map<DeviceAccount, String> DEVICES = devices();

    private HallBrokers() {
    }

    private static Map<DeviceAccount, String> devices() {
        Map<DeviceAccount, String> d = new LinkedHashMap<>();
        for (DeviceAccount a : List.of(
                new DeviceAccount("kiosk-1", DeviceKind.KIOSK, "linxia", null),
                new DeviceAccount("board-main", DeviceKind.BOARD, "linxia", null),
                new DeviceAccount("window-5", DeviceKind.WINDOW_SCREEN, "linxia", "5"),
                new DeviceAccount("evaluator-5", DeviceKind.EVALUATOR, "linxia", "5"),
                new DeviceAccount("evaluator-6", DeviceKind.EVALUATOR, "linxia", "6"),
                new DeviceAccount("terminal-1", DeviceKind.TERMINAL, "linxia", null),
                new DeviceAccount("terminal-2", DeviceKind.TERMINAL, "linxia", null),
                new DeviceAccount("kiosk-other", DeviceKind.KIOSK, "other", null))) {
            d.put(a, token(a.id()));
        }
        return d;
    }

    static String token(String deviceId) {
        return "token-of-" + deviceId;
    }

    static DeviceRegistry registry() {
        return DeviceRegistry.of(DEVICES);
    }

    /** A running broker and its address. */
    interface Broker extends AutoCloseable {
        String uri();

        @Override
        void close();
    }

    /** The embedded broker and a Mosquitto with the server's ACL file, by name, for a test to try both. */
    static Map<String, Broker> bothKinds() throws IOException {
        Map<String, Broker> brokers = new LinkedHashMap<>();
        brokers.put("embedded", embedded(Files.createTempDirectory("embedded-broker")));
        brokers.put("mosquitto", mosquitto(Files.createTempDirectory("mosquitto-acl")));
        return brokers;
    }

    static Broker embedded(Path dir) {
        EmbeddedBroker broker = new EmbeddedBroker("127.0.0.1", 0, dir,
                new BrokerAccess(registry(), SERVER_USER, SERVER_PASSWORD, "onewindow-server"));
        return new Broker() {
            public String uri() {
                return broker.uri();
            }

            public void close() {
                broker.close();
            }

            @Override
            public String toString() {
                return "embedded broker";
            }
        };
    }

    static Broker mosquitto(Path dir) {
        try {
            Path passwords = dir.resolve("onewindow.passwd");
            Files.createFile(passwords);
            passwd(passwords, SERVER_USER, SERVER_PASSWORD);
            for (var device : DEVICES.entrySet()) {
                passwd(passwords, device.getKey().id(), device.getValue());
            }
            Path acl = dir.resolve("onewindow.acl");
            MosquittoAclWriter.write(acl, MosquittoAcl.of(SERVER_USER, MqttAccess.serverGroup(SERVER_PASSWORD), registry().all()));
            // Started as root, Mosquitto reads its files as the user mosquitto.
            for (Path p : List.of(dir, passwords, acl)) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
            MosquittoProcess mosquitto = new MosquittoProcess(List.of("allow_anonymous false",
                    "password_file " + passwords, "acl_file " + acl));
            return new Broker() {
                public String uri() {
                    return mosquitto.uri();
                }

                public void close() {
                    mosquitto.close();
                }

                @Override
                public String toString() {
                    return "Mosquitto";
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As docs/security.md says to make the password file: {@code mosquitto_passwd -b}. */
    private static void passwd(Path file, String user, String password) throws IOException {
        List<String> command = new ArrayList<>(List.of("mosquitto_passwd", "-b", file.toString(), user, password));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("mosquitto_passwd failed: " + new String(p.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
