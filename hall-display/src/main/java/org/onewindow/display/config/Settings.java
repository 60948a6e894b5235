package org.onewindow.display.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onewindow.protocol.topic.HallTopics;

/**
 * The values of {@code display.properties}, each read as what it must be. Every mistake names the
 * key and what was found, so a display that cannot start says why on its console.
 */
final class Settings {

    private static final Pattern SIZE = Pattern.compile("(\\d{3,5})x(\\d{3,5})");

    private final Properties p;

    Settings(Properties p) {
        this.p = p;
    }

    /** A value that may be left empty. */
    String optional(String key) {
        return p.getProperty(key, "").strip();
    }

    String required(String key) {
        String v = optional(key);
        if (v.isEmpty()) {
            throw new IllegalArgumentException(key + ": is required");
        }
        return v;
    }

    /** An id that is safe in an MQTT topic. */
    String safeId(String key) {
        String v = required(key);
        if (!HallTopics.isSafeId(v)) {
            throw new IllegalArgumentException(key + ": must be 1-64 of A-Z a-z 0-9 _ . - but was \"" + v + "\"");
        }
        return v;
    }

    DisplayMode mode(String key) {
        String v = required(key);
        try {
            return DisplayMode.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": must be board, window or evaluator, was \"" + v + "\"");
        }
    }

    /** A window number, empty on a board. */
    String windowNo(String key) {
        String v = optional(key);
        if (!v.isEmpty() && !HallTopics.isSafeId(v)) {
            throw new IllegalArgumentException(key + ": must be a window number such as 5, was \"" + v + "\"");
        }
        return v;
    }

    ZoneId zone(String key) {
        String v = required(key);
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(key + ": unknown zone \"" + v + "\", e.g. Asia/Shanghai");
        }
    }

    Locale language(String key) {
        String v = required(key);
        if (!v.equals("zh") && !v.equals("en")) {
            throw new IllegalArgumentException(key + ": must be zh or en, was \"" + v + "\"");
        }
        return Locale.forLanguageTag(v);
    }

    boolean bool(String key) {
        String v = required(key);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(key + ": must be true or false, was \"" + v + "\"");
        }
        return Boolean.parseBoolean(v);
    }

    /** WIDTHxHEIGHT as {width, height}. */
    int[] size(String key) {
        Matcher m = SIZE.matcher(required(key));
        if (!m.matches()) {
            throw new IllegalArgumentException(key + ": must be WIDTHxHEIGHT such as 1920x1080, was \""
                    + p.getProperty(key) + "\"");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    double scale(String key) {
        String v = required(key);
        try {
            double scale = Double.parseDouble(v);
            if (scale < 0.25 || scale > 4) {
                throw new IllegalArgumentException(key + ": must be between 0.25 and 4, was " + v);
            }
            return scale;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": must be a number such as 1.0, was \"" + v + "\"");
        }
    }

    int between(String key, int min, int max) {
        String v = required(key);
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

    /** A comma-separated list, empty when the value is. */
    List<String> list(String key) {
        String v = optional(key);
        return v.isEmpty() ? List.of() : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
