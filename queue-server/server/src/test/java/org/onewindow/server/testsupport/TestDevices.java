package org.onewindow.server.testsupport;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.test.context.DynamicPropertyRegistry;

import org.onewindow.protocol.mqtt.MqttOptions;

/**
 * Devices a test registers with the server it starts, so that they can log in to its embedded
 * broker with their id and token as real devices do, and the server's own account for a test that
 * watches topics no device may read. The demo's kiosk-1, board-main and terminal-1 (with their demo
 * tokens) are always registered too, in the test's hall, since the REST tests use them.
 */
public final class TestDevices {

    /** The server's account and password of application.yml. */
    public static final String SERVER_USER = "onewindow-server";
    public static final String SERVER_PASSWORD = "demo-server-mqtt";

    /** A device of a test: kind KIOSK, BOARD, WINDOW_SCREEN, EVALUATOR or TERMINAL; window for screens and evaluators. */
    public record Device(String id, String kind, String window) {

        public static Device of(String id, String kind) {
            return new Device(id, kind, null);
        }

        public static Device atWindow(String id, String kind, String window) {
            return new Device(id, kind, window);
        }
    }

    private TestDevices() {
    }

    /** Registers the devices (and the demo ones) in the given hall. */
    public static void register(DynamicPropertyRegistry registry, String hall, Device... devices) {
        List<String[]> all = all(hall, devices);
        for (int i = 0; i < all.size(); i++) {
            String[] d = all.get(i);
            String prefix = "onewindow.security.devices[" + i + "].";
            registry.add(prefix + "id", () -> d[0]);
            registry.add(prefix + "kind", () -> d[1]);
            registry.add(prefix + "hall", () -> d[2]);
            registry.add(prefix + "token-sha256", () -> sha256(d[4]));
            if (d[3] != null) {
                registry.add(prefix + "window", () -> d[3]);
            }
        }
    }

    /** The same registration as command-line arguments of a server started by the test. */
    public static List<String> arguments(String hall, Device... devices) {
        List<String> args = new ArrayList<>();
        List<String[]> all = all(hall, devices);
        for (int i = 0; i < all.size(); i++) {
            String[] d = all.get(i);
            String prefix = "--onewindow.security.devices[" + i + "].";
            args.addAll(List.of(prefix + "id=" + d[0], prefix + "kind=" + d[1], prefix + "hall=" + d[2],
                    prefix + "token-sha256=" + sha256(d[4])));
            if (d[3] != null) {
                args.add(prefix + "window=" + d[3]);
            }
        }
        return args;
    }

    /** The token a registered test device logs in with. */
    public static String token(String deviceId) {
        return switch (deviceId) {
            case "kiosk-1" -> "demo-kiosk-token";
            case "board-main" -> "demo-board-token";
            case "terminal-1" -> "demo-terminal-token";
            default -> "test-token-" + deviceId;
        };
    }

    /** Connection options of a registered device: its id as username, its token as password. */
    public static MqttOptions mqtt(String brokerUri, String deviceId) {
        return MqttOptions.of(brokerUri, deviceId + "-" + UUID.randomUUID()).withCredentials(deviceId, token(deviceId));
    }

    /** Connection options with the server's own account, for a test watching what no device may read. */
    public static MqttOptions watcher(String brokerUri, String name) {
        return MqttOptions.of(brokerUri, "watcher-" + name + "-" + UUID.randomUUID()).withCredentials(SERVER_USER, SERVER_PASSWORD);
    }

    private static List<String[]> all(String hall, Device... devices) {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"kiosk-1", "KIOSK", hall, null, token("kiosk-1")});
        all.add(new String[] {"board-main", "BOARD", hall, null, token("board-main")});
        all.add(new String[] {"terminal-1", "TERMINAL", hall, null, token("terminal-1")});
        for (Device d : devices) {
            all.add(new String[] {d.id(), d.kind(), hall, d.window(), token(d.id())});
        }
        return all;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
