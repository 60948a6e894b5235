package org.onewindow.kiosk.device.scanner;

import java.io.IOException;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.device.serial.SerialLink;

/**
 * A scanner in serial mode. One daemon thread reads the port; a gap of {@code idleGap} with no
 * byte ends a code that came without a suffix. A failing port is reported as a fault and retried,
 * never thrown at the screen.
 */
public final class SerialCodeScanner implements CodeScanner {

    private static final Logger log = LoggerFactory.getLogger(SerialCodeScanner.class);

    private final SerialLink link;
    private final Duration idleGap;
    private final int maxBytes;
    private volatile String fault = "";
    private volatile boolean running;
    private Thread thread;

    public SerialCodeScanner(SerialLink link, Duration idleGap, int maxBytes) {
        this.link = link;
        this.idleGap = idleGap;
        this.maxBytes = maxBytes;
    }

    @Override
    public synchronized void start(ScanListener listener) {
        if (thread != null) {
            throw new IllegalStateException("scanner " + link.name() + " already started");
        }
        running = true;
        ScanDecoder decoder = new ScanDecoder(maxBytes, listener);
        thread = new Thread(() -> readLoop(decoder), "scanner-" + link.name());
        thread.setDaemon(true);
        thread.start();
    }

    private void readLoop(ScanDecoder decoder) {
        byte[] buffer = new byte[512];
        while (running) {
            try {
                int n = link.read(buffer, 0, buffer.length, idleGap);
                if (n > 0) {
                    decoder.accept(buffer, 0, n);
                } else {
                    decoder.endOfBurst();
                }
                fault = "";
            } catch (IOException e) {
                if (!running) {
                    return;
                }
                if (fault.isEmpty()) {
                    log.warn("scanner {} failed: {}", link.name(), e.getMessage());
                }
                fault = "扫码器无响应 (" + e.getMessage() + ")";
                pause();
            } catch (RuntimeException e) {
                log.error("scanner {}: listener failed", link.name(), e);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public String fault() {
        return fault;
    }

    @Override
    public void close() {
        running = false;
        link.close();
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
