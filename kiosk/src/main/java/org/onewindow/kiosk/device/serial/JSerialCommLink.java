package org.onewindow.kiosk.device.serial;

import java.io.IOException;
import java.time.Duration;

import com.fazecast.jSerialComm.SerialPort;

/** A real serial port (8N1, no flow control), opened by path so ptys and USB-CDC ports work alike. */
public final class JSerialCommLink implements SerialLink {

    private final SerialPort port;
    private final String name;
    private int currentTimeoutMillis = -1;

    private JSerialCommLink(SerialPort port, String name) {
        this.port = port;
        this.name = name;
    }

    /** Opens the port or says plainly why it could not. */
    public static JSerialCommLink open(SerialSettings settings) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(settings.path());
        } catch (RuntimeException e) {
            throw new IOException("no serial port " + settings.path() + ": " + e.getMessage(), e);
        }
        port.setComPortParameters(settings.baudRate(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + settings.path() + " (error " + port.getLastErrorCode() + ")");
        }
        return new JSerialCommLink(port, settings.path());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized void write(byte[] data) throws IOException {
        int done = 0;
        while (done < data.length) {
            int n = port.writeBytes(data, data.length - done, done);
            if (n < 0) {
                throw new IOException(name + ": write failed (error " + port.getLastErrorCode() + ")");
            }
            done += n;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        if (millis != currentTimeoutMillis) {
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, millis, 0);
            currentTimeoutMillis = millis;
        }
        int n = port.readBytes(buffer, length, offset);
        if (n < 0) {
            throw new IOException(name + ": read failed (error " + port.getLastErrorCode() + ")");
        }
        return n;
    }

    @Override
    public void discardInput() {
        port.flushIOBuffers();
    }

    @Override
    public void close() {
        port.closePort();
    }
}
