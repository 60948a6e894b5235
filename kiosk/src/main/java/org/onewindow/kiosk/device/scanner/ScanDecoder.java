package org.onewindow.kiosk.device.scanner;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Cuts a scanner's byte stream into codes. A code ends at CR, LF or CRLF (scanners ship with
 * different suffixes) or when the line falls idle (scanners set to "no suffix"); the caller
 * reports idleness through {@link #endOfBurst}. Bytes are UTF-8 when they decode as such, else
 * GBK (older scanners). A code longer than the cap is dropped whole, never cut into pieces that
 * could be mistaken for codes.
 */
public final class ScanDecoder {

    /** Longer than any QR code a kiosk accepts (version 40 at level L holds 2,953 bytes). */
    public static final int DEFAULT_MAX_BYTES = 2048;
    private static final Charset GBK = Charset.forName("GB18030");

    private final int maxBytes;
    private final ScanListener listener;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private boolean overflowed;
    private boolean lastWasCr;

    public ScanDecoder(int maxBytes, ScanListener listener) {
        this.maxBytes = maxBytes;
        this.listener = listener;
    }

    /** Feeds bytes as they arrived. */
    public void accept(byte[] data, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = data[i];
            if (b == '\n' && lastWasCr) {
                lastWasCr = false;
                continue;
            }
            lastWasCr = b == '\r';
            if (b == '\r' || b == '\n') {
                finish();
            } else if (current.size() >= maxBytes) {
                overflowed = true;
            } else {
                current.write(b);
            }
        }
    }

    /** The line was quiet for the idle gap: whatever came is a whole code. */
    public void endOfBurst() {
        lastWasCr = false;
        if (current.size() > 0 || overflowed) {
            finish();
        }
    }

    private void finish() {
        byte[] bytes = current.toByteArray();
        current.reset();
        if (overflowed) {
            overflowed = false;
            listener.rejected("code longer than " + maxBytes + " bytes");
            return;
        }
        if (bytes.length == 0) {
            return;
        }
        String text = decode(bytes);
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            listener.rejected("code contains control characters");
            return;
        }
        listener.scanned(text);
    }

    /** UTF-8 if the bytes are valid UTF-8, otherwise GBK/GB18030. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GBK);
        }
    }
}
