package org.onewindow.kiosk.device.idcard;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the reader's byte stream, in whatever chunks it arrives, into responses. Garbage before
 * a preamble is skipped; a frame with a wrong checksum or an impossible length is dropped and the
 * search for the next preamble resumes one byte after the false start, so line noise never
 * swallows a good frame that follows it.
 */
final class SamFrameDecoder {

    /** The longest real response is the 1,295-byte text+photo read; fingerprints add 1 KB. */
    static final int MAX_LEN = 4096;

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final List<String> problems = new ArrayList<>();
    private int checksumMismatches;

    /** Feeds bytes; returns the responses completed by them, in order. */
    public List<SamResponse> feed(byte[] data, int offset, int length) {
        List<SamResponse> out = new ArrayList<>();
        for (byte[] body : feedBodies(data, offset, length)) {
            if (body.length < 3) {
                problems.add("response of " + body.length + " bytes has no status");
            } else {
                out.add(new SamResponse(body[2] & 0xFF, Arrays.copyOfRange(body, 3, body.length)));
            }
        }
        return out;
    }

    /** Feeds bytes; returns the bodies (between LEN and CHK) of the frames completed by them. */
    public List<byte[]> feedBodies(byte[] data, int offset, int length) {
        pending.write(data, offset, length);
        byte[] buf = pending.toByteArray();
        List<byte[]> out = new ArrayList<>();
        int at = 0;
        while (true) {
            int start = indexOfPreamble(buf, at);
            if (start < 0) {
                // Keep a possible partial preamble at the end.
                at = Math.max(at, buf.length - (SamFrame.PREAMBLE.length - 1));
                break;
            }
            if (start > at) {
                problems.add("skipped " + (start - at) + " bytes before a frame");
            }
            if (buf.length < start + 7) {
                at = start;
                break;
            }
            int len = ((buf[start + 5] & 0xFF) << 8) | (buf[start + 6] & 0xFF);
            if (len < 3 || len > MAX_LEN) {
                problems.add("impossible frame length " + len);
                at = start + 1;
                continue;
            }
            int end = start + 7 + len;
            if (buf.length < end) {
                at = start;
                break;
            }
            if (SamFrame.checksum(buf, start + 5, end - 1) != buf[end - 1]) {
                problems.add("checksum mismatch in a " + len + "-byte frame");
                checksumMismatches++;
                at = start + 1;
                continue;
            }
            out.add(Arrays.copyOfRange(buf, start + 7, end - 1));
            at = end;
        }
        pending.reset();
        pending.write(buf, at, buf.length - at);
        return out;
    }

    /** Forgets a partial frame (after a timeout the rest will never come). */
    public void reset() {
        pending.reset();
        checksumMismatches = 0;
    }

    /**
     * Whole frames dropped for a wrong checksum since the last reset: an answer that came and was
     * spoilt on the line, so waiting longer for it is pointless.
     */
    public int checksumMismatches() {
        return checksumMismatches;
    }

    /** What was dropped and why (line noise shows here first); cleared on read. */
    public List<String> drainProblems() {
        List<String> copy = List.copyOf(problems);
        problems.clear();
        return copy;
    }

    private static int indexOfPreamble(byte[] buf, int from) {
        outer:
        for (int i = from; i <= buf.length - SamFrame.PREAMBLE.length; i++) {
            for (int j = 0; j < SamFrame.PREAMBLE.length; j++) {
                if (buf[i + j] != SamFrame.PREAMBLE[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
