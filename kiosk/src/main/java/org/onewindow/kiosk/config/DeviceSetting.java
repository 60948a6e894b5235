package org.onewindow.kiosk.config;

import java.util.Optional;

/**
 * Where a device is: {@code simulated}, {@code serial:/dev/ttyUSB0@115200}, for scanners also
 * {@code keyboard} (wedge mode), for the result locker also {@code none}.
 *
 * @param kind      SIMULATED, SERIAL, KEYBOARD or NONE
 * @param path      serial port path, for SERIAL
 * @param baudRate  for SERIAL
 */
public record DeviceSetting(Kind kind, String path, int baudRate) {

    public enum Kind { SIMULATED, SERIAL, KEYBOARD, NONE }

    /** Reads a setting; empty when it has no known shape. */
    public static Optional<DeviceSetting> parse(String text, int defaultBaud) {
        String t = text == null ? "" : text.strip();
        if (t.equals("simulated")) {
            return Optional.of(new DeviceSetting(Kind.SIMULATED, "", 0));
        }
        if (t.equals("none")) {
            return Optional.of(new DeviceSetting(Kind.NONE, "", 0));
        }
        if (t.equals("keyboard")) {
            return Optional.of(new DeviceSetting(Kind.KEYBOARD, "", 0));
        }
        if (t.startsWith("serial:") && t.length() > "serial:".length()) {
            String rest = t.substring("serial:".length());
            int at = rest.lastIndexOf('@');
            if (at < 0) {
                return Optional.of(new DeviceSetting(Kind.SERIAL, rest, defaultBaud));
            }
            try {
                int baud = Integer.parseInt(rest.substring(at + 1));
                return baud > 0 && at > 0 ? Optional.of(new DeviceSetting(Kind.SERIAL, rest.substring(0, at), baud))
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
