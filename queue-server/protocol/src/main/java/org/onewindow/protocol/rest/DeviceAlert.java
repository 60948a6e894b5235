package org.onewindow.protocol.rest;

import java.time.Instant;

/**
 * A part of a device that turned FAULT, raised on the manager's console until a manager
 * acknowledges it. It ends when the part is no longer FAULT; a later fault is a new alert.
 *
 * @param id              this fault's id, to acknowledge it
 * @param deviceId        device id, e.g. kiosk-1
 * @param kind            KIOSK, BOARD, WINDOW_SCREEN, EVALUATOR, TERMINAL
 * @param part            e.g. idcard-reader
 * @param code            the known fault (e.g. READER_NO_ANSWER), empty when not a known one
 * @param detail          the device's own words
 * @param since           when the part turned FAULT
 * @param acknowledgedBy  the manager who acknowledged it, empty while nobody has
 * @param acknowledgedAt  when, null while nobody has
 */
public record DeviceAlert(
        String id,
        String deviceId,
        String kind,
        String part,
        String code,
        String detail,
        Instant since,
        String acknowledgedBy,
        Instant acknowledgedAt) {

    public DeviceAlert {
        code = code == null ? "" : code;
        acknowledgedBy = acknowledgedBy == null ? "" : acknowledgedBy;
    }

    public boolean acknowledged() {
        return !acknowledgedBy.isEmpty();
    }
}
