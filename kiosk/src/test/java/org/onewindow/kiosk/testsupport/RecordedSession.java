package org.onewindow.kiosk.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A conversation with a device, as bytes on its serial line, kept as text under
 * {@code src/test/resources/frames/} so that a frame can be read, checked and replaced by one captured
 * from a real device (frames/README.md). Each line is one of:
 * <pre>
 * &gt; AA AA AA 96 69 ...   what the kiosk sends (consecutive lines make one message)
 * &lt; AA AA AA 96 69 ...   what the device answers (consecutive lines make one answer)
 * | 300                   the device is silent for 300 ms
 * # ...                   a comment, also after the bytes of a line
 * </pre>
 */
public record RecordedSession(String name, List<Step> steps) {

    /** One message on the line. */
    public sealed interface Step permits Sent, Answered, Silence {
    }

    /** Bytes the kiosk must send, exactly. */
    public record Sent(byte[] bytes) implements Step {
    }

    /** Bytes the device sends. */
    public record Answered(byte[] bytes) implements Step {
    }

    /** A pause in what the device sends (a scanner set to "no suffix" ends a code this way). */
    public record Silence(Duration length) implements Step {
    }

    public RecordedSession {
        steps = List.copyOf(steps);
    }

    /** Reads {@code frames/<path>} from the test class path. */
    public static RecordedSession load(String path) {
        try (InputStream in = RecordedSession.class.getResourceAsStream("/frames/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded session frames/" + path);
            }
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RecordedSession parse(String name, String text) {
        List<Step> steps = new ArrayList<>();
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        char open = 0;
        int lineNo = 0;
        for (String raw : text.split("\n")) {
            lineNo++;
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')).strip() : raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            char kind = line.charAt(0);
            if (kind != open && message.size() > 0) {
                steps.add(step(open, message.toByteArray()));
                message.reset();
            }
            open = kind;
            String rest = line.substring(1).strip();
            switch (kind) {
                case '>', '<' -> message.writeBytes(HexFormat.of().parseHex(rest.replace(" ", "")));
                case '|' -> {
                    steps.add(new Silence(Duration.ofMillis(Long.parseLong(rest))));
                    open = 0;
                }
                default -> throw new IllegalArgumentException(name + ":" + lineNo + ": a line starts with >, <, | or #");
            }
        }
        if (message.size() > 0) {
            steps.add(step(open, message.toByteArray()));
        }
        return new RecordedSession(name, steps);
    }

    private static Step step(char kind, byte[] bytes) {
        return kind == '>' ? new Sent(bytes) : new Answered(bytes);
    }
}
