package org.onewindow.kiosk.device.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.onewindow.kiosk.device.serial.SerialLink;

/**
 * The printer's side of the line, for tests and demos on a pty pair: answers DLE EOT with settable
 * status bytes and keeps everything else it receives, as paper would.
 */
public final class PrinterTwin implements AutoCloseable {

    /** All fine, as every DLE EOT query reports it (bits 1 and 4 are always set). */
    public static final int ALL_OK = 0x12;
    /** DLE EOT 4: bits 5–6, the roll has run out. */
    public static final int PAPER_OUT = 0x72;
    /** DLE EOT 4: bits 2–3, the roll is nearly used up. */
    public static final int PAPER_NEAR_END = 0x1E;
    /** DLE EOT 1: bit 3, offline. */
    public static final int OFFLINE = 0x1A;
    /** DLE EOT 2: bit 2, the cover is open. */
    public static final int COVER_OPEN = 0x16;
    /** DLE EOT 2: bit 5, printing stopped at the end of the paper. */
    public static final int STOPPED_BY_PAPER_END = 0x32;

    private static final byte[] DLE_EOT = {0x10, 0x04};
    private static final byte[] GS_V_0 = {0x1D, 0x76, 0x30};
    private static final int RASTER_HEADER = 8;

    private final SerialLink link;
    private final Thread thread;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    /** The answer to DLE EOT n, at index n (1 printer, 2 offline cause, 3 error cause, 4 paper). */
    private final AtomicIntegerArray answers = new AtomicIntegerArray(new int[] {ALL_OK, ALL_OK, ALL_OK, ALL_OK, ALL_OK});
    private volatile boolean running = true;
    private volatile boolean silent;

    // Parser state, used by the serving thread only.
    private final byte[] pending = new byte[RASTER_HEADER];
    private int pendingLength;
    private long rasterBytesLeft;

    public PrinterTwin(SerialLink link) {
        this.link = link;
        this.thread = new Thread(this::serve, "printer-twin " + link.name());
        thread.setDaemon(true);
        thread.start();
    }

    /** What DLE EOT 4 (paper sensor) answers from now on. */
    public void paper(int statusByte) {
        answer(4, statusByte);
    }

    /** What DLE EOT {@code n} (1 to 4) answers from now on. */
    public void answer(int n, int statusByte) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("DLE EOT takes 1 to 4, was " + n);
        }
        answers.set(n, statusByte & 0xFF);
    }

    /** A silent printer (off, or the wrong cable) receives but never answers. */
    public void silent(boolean silent) {
        this.silent = silent;
    }

    /** Everything printed so far (status queries left out). */
    public synchronized byte[] printed() {
        return received.toByteArray();
    }

    private void serve() {
        byte[] buffer = new byte[4096];
        while (running) {
            try {
                int n = link.read(buffer, 0, buffer.length, Duration.ofMillis(100));
                for (int i = 0; i < n; i++) {
                    accept(buffer[i]);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * Raster data is copied blind, since its bytes may look like anything; outside it, DLE EOT n is
     * a real-time query, answered at once and not printed. Bytes that may start either are held back
     * until it is clear which they are.
     */
    private void accept(byte b) throws IOException {
        if (rasterBytesLeft > 0) {
            rasterBytesLeft--;
            keep(b);
            return;
        }
        pending[pendingLength++] = b;
        if (startsWith(DLE_EOT)) {
            if (pendingLength == 3) {
                pendingLength = 0;
                reply(b);
            }
        } else if (startsWith(GS_V_0)) {
            if (pendingLength == RASTER_HEADER) {
                int bytesPerRow = (pending[4] & 0xFF) | (pending[5] & 0xFF) << 8;
                int rows = (pending[6] & 0xFF) | (pending[7] & 0xFF) << 8;
                rasterBytesLeft = (long) bytesPerRow * rows;
                flush(pendingLength);
            }
        } else {
            // Only the last byte can begin a new command: the ones before it matched a command's fixed bytes.
            boolean lastMayStart = b == DLE_EOT[0] || b == GS_V_0[0];
            flush(lastMayStart ? pendingLength - 1 : pendingLength);
            if (lastMayStart) {
                pending[pendingLength++] = b;
            }
        }
    }

    /** Whether the held-back bytes are the beginning of {@code command} (its fixed bytes, as far as they go). */
    private boolean startsWith(byte[] command) {
        for (int i = 0; i < Math.min(pendingLength, command.length); i++) {
            if (pending[i] != command[i]) {
                return false;
            }
        }
        return true;
    }

    private void reply(byte n) throws IOException {
        int query = n & 0xFF;
        if (!silent) {
            link.write(new byte[] {(byte) (query >= 1 && query <= 4 ? answers.get(query) : ALL_OK)});
        }
    }

    private synchronized void flush(int count) {
        received.write(pending, 0, count);
        pendingLength = 0;
    }

    private synchronized void keep(byte b) {
        received.write(b);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        link.close();
    }
}
