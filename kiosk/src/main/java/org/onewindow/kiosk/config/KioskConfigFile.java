package org.onewindow.kiosk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.onewindow.protocol.mqtt.TrustStore;

/**
 * Reads {@code kiosk.properties}: the built-in defaults (the demo hall on this machine, simulated
 * devices), overridden by a file given on the command line and then by {@code key=value}
 * settings after it. Every mistake names the key.
 */
public final class KioskConfigFile {

    private KioskConfigFile() {
    }

    /** Defaults overridden by {@code file} (when not null). */
    public static KioskConfig load(Path file) throws IOException {
        Properties p = defaults();
        if (file != null) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return of(p);
    }

    /**
     * The command line: a properties file and/or {@code key=value} settings, in any order, later
     * winning (an empty argument is no file). A setting must be one {@code kiosk.properties} lists.
     */
    public static KioskConfig fromCommandLine(List<String> args) throws IOException {
        Properties p = defaults();
        Set<String> known = p.stringPropertyNames();
        for (String arg : args) {
            if (arg == null || arg.isBlank()) {
                continue;
            }
            int eq = arg.indexOf('=');
            if (eq > 0 && !Files.exists(Path.of(arg))) {
                String key = arg.substring(0, eq).strip();
                if (!known.contains(key)) {
                    throw new IllegalArgumentException(key + ": unknown setting; kiosk.properties lists them all");
                }
                p.setProperty(key, arg.substring(eq + 1).strip());
            } else {
                try (Reader r = Files.newBufferedReader(Path.of(arg), StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        }
        return of(p);
    }

    private static Properties defaults() throws IOException {
        Properties p = new Properties();
        try (InputStream defaults = KioskConfigFile.class.getResourceAsStream("/kiosk.properties")) {
            if (defaults == null) {
                throw new IOException("kiosk.properties is missing from the kiosk's jar");
            }
            p.load(new java.io.InputStreamReader(defaults, StandardCharsets.UTF_8));
        }
        return p;
    }

    static KioskConfig of(Properties p) {
        String server = required(p, "server.url");
        String tracking = p.getProperty("tracking.base-url", "").strip();
        return new KioskConfig(
                required(p, "kiosk.id"),
                required(p, "kiosk.token"),
                server,
                required(p, "hall.id"),
                required(p, "mqtt.url"),
                TrustStore.configured(p),
                tracking.isEmpty() ? server + "/api/halls" : tracking,
                Duration.ofSeconds(positive(p, "idle.seconds")),
                elderlyIdle(p),
                Duration.ofSeconds(positive(p, "idle.card-lifted-seconds")),
                orientation(p),
                bool(p, "screen.full-screen"),
                Locale.forLanguageTag(required(p, "language")),
                device(p, "device.reader", 115200),
                device(p, "device.scanner", 9600),
                device(p, "device.printer", 9600),
                paper(p),
                Path.of(required(p, "printer.simulated-output")),
                bool(p, "simulator.panel"),
                p.getProperty("simulator.appointment-codes", "").isBlank() ? null
                        : Path.of(p.getProperty("simulator.appointment-codes").strip()),
                bool(p, "elderly.speech"),
                mode(p),
                device(p, "device.locker", 9600),
                range(p, "locker.address", 1, 254),
                range(p, "locker.slots", 1, 254),
                Path.of(required(p, "locker.pending-pickups")));
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key, "").strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(key + ": is required");
        }
        return v;
    }

    private static int positive(Properties p, String key) {
        try {
            int v = Integer.parseInt(required(p, key));
            if (v <= 0) {
                throw new IllegalArgumentException(key + ": must be positive, was " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": must be a whole number, was \"" + p.getProperty(key) + "\"");
        }
    }

    private static boolean bool(Properties p, String key) {
        String v = required(p, key);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + ": must be true or false, was \"" + v + "\"");
        }
        return v.equals("true");
    }

    private static Duration elderlyIdle(Properties p) {
        int idle = positive(p, "idle.seconds");
        int elderly = positive(p, "idle.elderly-seconds");
        if (elderly < idle) {
            throw new IllegalArgumentException("idle.elderly-seconds: must be at least idle.seconds (" + idle + "), was "
                    + elderly);
        }
        return Duration.ofSeconds(elderly);
    }

    private static boolean orientation(Properties p) {
        String v = required(p, "screen.orientation");
        return switch (v) {
            case "landscape" -> true;
            case "portrait" -> false;
            default -> throw new IllegalArgumentException("screen.orientation: must be portrait or landscape, was \"" + v + "\"");
        };
    }

    private static KioskMode mode(Properties p) {
        String v = required(p, "kiosk.mode");
        try {
            return KioskMode.valueOf(v.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kiosk.mode: must be auto, terminal or queue, was \"" + v + "\"");
        }
    }

    private static int range(Properties p, String key, int min, int max) {
        int v = positive(p, key);
        if (v < min || v > max) {
            throw new IllegalArgumentException(key + ": must be " + min + " to " + max + ", was " + v);
        }
        return v;
    }

    private static int paper(Properties p) {
        int mm = positive(p, "printer.paper-mm");
        if (mm != 80 && mm != 58) {
            throw new IllegalArgumentException("printer.paper-mm: must be 80 or 58, was " + mm);
        }
        return mm;
    }

    private static DeviceSetting device(Properties p, String key, int defaultBaud) {
        String v = required(p, key);
        DeviceSetting setting = DeviceSetting.parse(v, defaultBaud).orElseThrow(() -> new IllegalArgumentException(
                key + ": must be simulated, serial:<port>[@baud]" + (key.endsWith("scanner") ? " or keyboard" : "")
                        + (key.endsWith("locker") ? " or none" : "")
                        + ", was \"" + v + "\""));
        if (setting.kind() == DeviceSetting.Kind.KEYBOARD && !key.endsWith("scanner")) {
            throw new IllegalArgumentException(key + ": only a scanner can be a keyboard");
        }
        if (setting.kind() == DeviceSetting.Kind.NONE && !key.endsWith("locker")) {
            throw new IllegalArgumentException(key + ": only the locker can be none");
        }
        return setting;
    }
}
