package org.onewindow.display.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onewindow.protocol.mqtt.TrustStore;
import org.onewindow.protocol.topic.HallTopics;

/**
 * Reads {@code display.properties}: the built-in defaults (the demo hall's main board on this
 * machine), overridden by a file and then by {@code key=value} arguments. Every mistake names the
 * key, so a display that cannot start says why on its console.
 */
final class DisplayConfigFile {

    private static final Pattern SIZE = Pattern.compile("(\\d{3,5})x(\\d{3,5})");

    private DisplayConfigFile() {
    }

    /**
     * @param args a properties file and/or {@code key=value} settings, in any order; later wins
     */
    static DisplayConfig load(List<String> args) throws IOException {
        Properties defaults = defaults();
        Properties p = new Properties();
        p.putAll(defaults);
        for (String arg : args) {
            if (arg == null || arg.isBlank()) {
                continue;
            }
            int eq = arg.indexOf('=');
            if (eq > 0 && !Files.exists(Path.of(arg))) {
                p.setProperty(arg.substring(0, eq).strip(), arg.substring(eq + 1).strip());
            } else {
                try (Reader r = Files.newBufferedReader(Path.of(arg), StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        }
        for (String key : p.stringPropertyNames()) {
            if (!defaults.containsKey(key)) {
                throw new IllegalArgumentException(key + ": unknown setting; display.properties lists them all");
            }
        }
        return of(p);
    }

    static Properties defaults() throws IOException {
        Properties p = new Properties();
        try (InputStream in = DisplayConfigFile.class.getResourceAsStream("/display.properties")) {
            if (in == null) {
                throw new IOException("display.properties is missing from the display's jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static DisplayConfig of(Properties p) {
        int[] size = size(p);
        String record = p.getProperty("voice.record-dir", "").strip();
        return new DisplayConfig(
                safeId(p, "display.id"),
                mode(p),
                windowNo(p),
                safeId(p, "hall.id"),
                required(p, "mqtt.url"),
                p.getProperty("mqtt.username", "").strip(),
                p.getProperty("mqtt.password", "").strip(),
                TrustStore.configured(p),
                zone(p),
                language(p),
                bool(p, "screen.full-screen"),
                size[0],
                size[1],
                scale(p),
                between(p, "board.call-rows", 1, 20),
                between(p, "board.area-columns", 1, 6),
                list(p, "board.areas"),
                Duration.ofSeconds(between(p, "board.highlight-seconds", 0, 120)),
                bool(p, "voice.enabled"),
                between(p, "voice.repeat", 1, 3),
                Duration.ofSeconds(between(p, "voice.max-age-seconds", 5, 3600)),
                record.isEmpty() ? null : Path.of(record),
                p.getProperty("evaluator.phone-base-url", "").strip(),
                Duration.ofSeconds(between(p, "evaluator.min-seconds", 0, 600)));
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key, "").strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(key + ": is required");
        }
        return v;
    }

    private static String safeId(Properties p, String key) {
        String v = required(p, key);
        if (!HallTopics.isSafeId(v)) {
            throw new IllegalArgumentException(key + ": must be 1-64 of A-Z a-z 0-9 _ . - but was \"" + v + "\"");
        }
        return v;
    }

    private static DisplayMode mode(Properties p) {
        String v = required(p, "display.mode");
        try {
            return DisplayMode.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("display.mode: must be board, window or evaluator, was \"" + v + "\"");
        }
    }

    private static String windowNo(Properties p) {
        String v = p.getProperty("window.no", "").strip();
        if (!v.isEmpty() && !HallTopics.isSafeId(v)) {
            throw new IllegalArgumentException("window.no: must be a window number such as 5, was \"" + v + "\"");
        }
        return v;
    }

    private static ZoneId zone(Properties p) {
        String v = required(p, "time-zone");
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time-zone: unknown zone \"" + v + "\", e.g. Asia/Shanghai");
        }
    }

    private static Locale language(Properties p) {
        String v = required(p, "language");
        if (!v.equals("zh") && !v.equals("en")) {
            throw new IllegalArgumentException("language: must be zh or en, was \"" + v + "\"");
        }
        return Locale.forLanguageTag(v);
    }

    private static boolean bool(Properties p, String key) {
        String v = required(p, key);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + ": must be true or false, was \"" + v + "\"");
        }
        return Boolean.parseBoolean(v);
    }

    private static int[] size(Properties p) {
        Matcher m = SIZE.matcher(required(p, "screen.size"));
        if (!m.matches()) {
            throw new IllegalArgumentException("screen.size: must be WIDTHxHEIGHT such as 1920x1080, was \""
                    + p.getProperty("screen.size") + "\"");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static double scale(Properties p) {
        String v = required(p, "screen.scale");
        try {
            double scale = Double.parseDouble(v);
            if (scale < 0.25 || scale > 4) {
                throw new IllegalArgumentException("screen.scale: must be between 0.25 and 4, was " + v);
            }
            return scale;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("screen.scale: must be a number such as 1.0, was \"" + v + "\"");
        }
    }

    private static int between(Properties p, String key, int min, int max) {
        String v = required(p, key);
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new IllegalArgumentException(key + ": must be between " + min + " and " + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": must be a whole number, was \"" + v + "\"");
        }
    }

    private static List<String> list(Properties p, String key) {
        String v = p.getProperty(key, "").strip();
        return v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
