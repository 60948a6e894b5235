package org.onewindow.server.hall;

import java.io.Reader;

/**
 * Hands a text to the YAML parser without ever ending a read between the two halves of a
 * character outside the Basic Multilingual Plane (an emoji, a rare name character such as 𠀾).
 * SnakeYAML Engine fetches the missing half past the end of its full buffer when a read ends on a
 * high surrogate, and fails with an IndexOutOfBoundsException, so a valid hall file with such a
 * character at an unlucky place would not load (FasterXML/jackson-dataformats-text#508).
 */
final class WholeCharacterReader extends Reader {

    private final String text;
    private int next;

    WholeCharacterReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (next >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - next);
        if (n > 1 && Character.isHighSurrogate(text.charAt(next + n - 1))) {
            n--; // the pair goes whole into the next read
        }
        text.getChars(next, next + n, buffer, offset);
        next += n;
        return n;
    }

    @Override
    public void close() {
    }
}
