package org.onewindow.kiosk.device.locker;

/**
 * The locker did not do what was asked: NO_ANSWER (unplugged, or the line is broken), JAMMED (the
 * lock did not release), NO_SUCH_SLOT. The terminal tells the citizen to ask staff; nothing is
 * recorded as collected.
 */
public final class LockerException extends Exception {

    private final String reason;

    public LockerException(String reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
