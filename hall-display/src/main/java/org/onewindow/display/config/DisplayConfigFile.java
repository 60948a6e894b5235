package org.onewindow.display.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.onewindow.protocol.mqtt.TrustStore;

/**
 * Reads {@code display.properties}: the built-in defaults (the demo hall's main board on this
 * machine), overridden by a file and then by {@code key=value} arguments. Every mistake names the
 * key ({@link Settings}), so a display that cannot start says why on its console.
 */
final class DisplayConfigFile {

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
        Settings s = new Settings(p);
        int[] size = s.size("screen.size");
        String record = s.optional("voice.record-dir");
        return new DisplayConfig(
                s.safeId("display.id"),
                s.mode("display.mode"),
                s.windowNo("window.no"),
                s.safeId("hall.id"),
                s.required("mqtt.url"),
                s.optional("mqtt.username"),
                s.optional("mqtt.password"),
                TrustStore.configured(p),
                s.zone("time-zone"),
                s.language("language"),
                s.bool("screen.full-screen"),
                size[0],
                size[1],
                s.scale("screen.scale"),
                s.between("board.call-rows", 1, 20),
                s.between("board.area-columns", 1, 6),
                s.list("board.areas"),
                Duration.ofSeconds(s.between("board.highlight-seconds", 0, 120)),
                s.bool("voice.enabled"),
                s.between("voice.repeat", 1, 3),
                Duration.ofSeconds(s.between("voice.max-age-seconds", 5, 3600)),
                record.isEmpty() ? null : Path.of(record),
                s.optional("evaluator.phone-base-url"),
                Duration.ofSeconds(s.between("evaluator.min-seconds", 0, 600)));
    }
}
