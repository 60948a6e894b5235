package org.onewindow.kiosk.device.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import org.onewindow.kiosk.device.serial.SerialLink;

/**
 * The printer's side of the line, for tests on a pty pair: answers DLE EOT with settable status
 * bytes and keeps everything else it receives, as paper would.
 */
public final class PrinterTwin implements AutoCloseable {

    /** All fine, as DLE EOT reports it (bits 1 and 4 are always set). */
    public static final int ALL_OK = 0x12;
    public static final int PAPER_OUT = 0x72;
    public static final int PAPER_NEAR_END = 0x1E;

    private final SerialLink link;
    private final Thread thread;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private volatile boolean running = true;
    private volatile int paperByte = ALL_OK;
    private volatile boolean silent;
    private int rawUntil;

    public PrinterTwin(SerialLink link) {
        this.link = link;
        this.thread = new Thread(this::serve, "printer-twin");
        thread.setDaemon(true);
        thread.start();
    }

    public void paper(int statusByte) {
        this.paperByte = statusByte;
    }

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
                    accept(buffer[i] & 0xFF);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    /**
     * Raster data is copied blind (its bytes may look like anything); outside it, DLE EOT n is a
     * real-time query, answered at once and not printed.
     */
    private void accept(int b) throws IOException {
        byte[] answer = null;
        synchronized (this) {
            received.write(b);
            int size = received.size();
            if (size <= rawUntil) {
                return;
            }
            byte[] all = received.toByteArray();
            if (size >= 8 && (all[size - 8] & 0xFF) == 0x1D && all[size - 7] == 0x76 && all[size - 6] == 0x30) {
                int bytesPerRow = (all[size - 4] & 0xFF) | (all[size - 3] & 0xFF) << 8;
                int rows = (all[size - 2] & 0xFF) | (all[size - 1] & 0xFF) << 8;
                rawUntil = size + bytesPerRow * rows;
            } else if (size >= 3 && size - 3 >= rawUntil && all[size - 3] == 0x10 && all[size - 2] == 0x04) {
                received.reset();
                received.write(all, 0, size - 3);
                answer = new byte[] {(byte) (b == 4 ? paperByte : ALL_OK)};
            }
        }
        if (answer != null && !silent) {
            link.write(answer);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        link.close();
    }
}
