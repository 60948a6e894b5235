package org.onewindow.kiosk.device.scanner;

/**
 * Tells a keyboard-wedge scanner from a person typing: a scanner types a whole code in a burst,
 * far faster than fingers, and ends with Enter. Characters that arrive slower than
 * {@code maxGapMillis} apart start a new burst, so a citizen's typing never becomes a "scan".
 * Pure logic: the screen feeds it key characters with their times.
 */
public final class KeyboardWedgeBuffer {

    private final long maxGapMillis;
    private final int minLength;
    private final ScanListener listener;
    private final StringBuilder burst = new StringBuilder();
    private long lastKeyMillis = Long.MIN_VALUE;

    public KeyboardWedgeBuffer(long maxGapMillis, int minLength, ScanListener listener) {
        this.maxGapMillis = maxGapMillis;
        this.minLength = minLength;
        this.listener = listener;
    }

    /**
     * One typed character ({@code '\r'} or {@code '\n'} for Enter).
     *
     * @return true when the key belonged to a scan and should not reach the focused control
     */
    public boolean key(char c, long atMillis) {
        boolean fast = lastKeyMillis != Long.MIN_VALUE && atMillis - lastKeyMillis <= maxGapMillis;
        lastKeyMillis = atMillis;
        if (c == '\r' || c == '\n') {
            boolean scan = fast && burst.length() >= minLength;
            if (scan) {
                listener.scanned(burst.toString());
            }
            burst.setLength(0);
            return scan;
        }
        if (!fast) {
            burst.setLength(0);
        }
        burst.append(c);
        return burst.length() > 1;
    }
}
