package org.onewindow.server.error;

/**
 * Text that came from a client, made fit for a log line or an error message. A line break in a
 * user name would otherwise start a forged line of the audit log, and a megabyte of it would be
 * written as it came; so control characters (and Unicode's line and paragraph separators and
 * invisible format characters, which reorder or hide what a reader sees) are written as
 * {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}, and only the first
 * {@value #MAX_CHARS} characters are kept, followed by "…".
 */
public final class LogSafe {

    /** The most characters of a client's value that a log line or an error message repeats. */
    public static final int MAX_CHARS = 64;

    private LogSafe() {
    }

    /** The value as it may be logged or echoed; {@code null} as "null". */
    public static String of(Object value) {
        return of(value, MAX_CHARS);
    }

    /** The same, keeping up to {@code maxChars} characters: for text the server composed of safe parts. */
    public static String of(Object value, int maxChars) {
        String text = String.valueOf(value);
        StringBuilder safe = new StringBuilder(Math.min(text.length(), maxChars) + 8);
        int kept = 0;
        for (int i = 0; i < text.length(); i++) {
            if (kept == maxChars) {
                return safe.append('…').toString();
            }
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                default -> {
                    if (harmful(c)) {
                        safe.append(String.format("\\u%04x", (int) c));
                    } else {
                        safe.append(c);
                    }
                }
            }
            kept++;
        }
        return safe.toString();
    }

    private static boolean harmful(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT;
    }
}
