package org.onewindow.kiosk.device.serial;

import java.io.IOException;
import java.time.Duration;

/**
 * A byte pipe to a device: a serial port, a USB-CDC port, or an in-memory twin. Drivers speak
 * their protocol over this and nothing else, so every driver can be tested on a pty pair.
 */
public interface SerialLink extends AutoCloseable {

    /** Port name for messages, e.g. /dev/ttyUSB0. */
    String name();

    /** Writes all bytes. */
    void write(byte[] data) throws IOException;

    /**
     * Reads what is available, waiting at most {@code timeout} for the first byte.
     *
     * @return bytes read, 0 when nothing came in time
     */
    int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException;

    /** Drops whatever the device sent that nobody read (stale answers after a timeout). */
    void discardInput() throws IOException;

    @Override
    void close();
}
