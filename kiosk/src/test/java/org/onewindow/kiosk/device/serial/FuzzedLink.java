package org.onewindow.kiosk.device.serial;

import java.io.IOException;
import java.time.Duration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * A line whose device answers whatever the fuzzer says, in chunks of the fuzzer's choosing,
 * including none (a read that found the line quiet). Each read takes fuzzer bytes and never
 * waits, so a driver's every step runs at once; when the input is spent the line breaks, as an
 * unplugged device's does, so every driver loop ends.
 */
public final class FuzzedLink implements SerialLink {

    private final FuzzedDataProvider data;

    public FuzzedLink(FuzzedDataProvider data) {
        this.data = data;
    }

    @Override
    public String name() {
        return "fuzzed";
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        requireInput();
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        requireInput();
        byte[] chunk = data.consumeBytes(data.consumeInt(0, length));
        System.arraycopy(chunk, 0, buffer, offset, chunk.length);
        return chunk.length;
    }

    @Override
    public void discardInput() {
        // What the fuzzer says next is what the device says next: nothing is waiting to be dropped.
    }

    @Override
    public void close() {
    }

    private void requireInput() throws IOException {
        if (data.remainingBytes() == 0) {
            throw new IOException("line broken: the device said all it had to say");
        }
    }
}
