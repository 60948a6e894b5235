package org.onewindow.kiosk.device.serial;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Two connected ends of a link in memory, for protocol tests and simulated devices that want to
 * speak the real protocol without a port.
 */
public final class InMemoryLink implements SerialLink {

    private final String name;
    private final BlockingQueue<Byte> incoming;
    private final BlockingQueue<Byte> outgoing;
    private volatile boolean closed;

    private InMemoryLink(String name, BlockingQueue<Byte> incoming, BlockingQueue<Byte> outgoing) {
        this.name = name;
        this.incoming = incoming;
        this.outgoing = outgoing;
    }

    /** A connected pair: what one writes, the other reads. */
    public static InMemoryLink[] pair(String name) {
        BlockingQueue<Byte> a = new LinkedBlockingQueue<>();
        BlockingQueue<Byte> b = new LinkedBlockingQueue<>();
        return new InMemoryLink[] {new InMemoryLink(name + "/host", a, b), new InMemoryLink(name + "/device", b, a)};
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void write(byte[] data) throws IOException {
        if (closed) {
            throw new IOException(name + " is closed");
        }
        for (byte x : data) {
            outgoing.add(x);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        if (closed) {
            throw new IOException(name + " is closed");
        }
        try {
            Byte first = incoming.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (first == null) {
                return 0;
            }
            buffer[offset] = first;
            int n = 1;
            Byte next;
            while (n < length && (next = incoming.poll()) != null) {
                buffer[offset + n++] = next;
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(name + ": interrupted", e);
        }
    }

    @Override
    public void discardInput() {
        incoming.clear();
    }

    @Override
    public void close() {
        closed = true;
    }
}
