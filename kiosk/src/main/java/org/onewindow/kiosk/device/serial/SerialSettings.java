package org.onewindow.kiosk.device.serial;

/**
 * How to open a serial port.
 *
 * @param path      device path, e.g. /dev/ttyUSB0, /dev/ttyACM0 or COM3
 * @param baudRate  e.g. 115200 for ID card readers, 9600 for most scanners and printers
 */
public record SerialSettings(String path, int baudRate) {

    public SerialSettings {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("serial port path is required");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, was " + baudRate);
        }
    }
}
