package org.onewindow.protocol.access;

/** What a registered device is; its kind decides what it may read and write on the broker. */
public enum DeviceKind {
    KIOSK, BOARD, WINDOW_SCREEN, EVALUATOR, TERMINAL;

    /** Whether a device of this kind belongs to one window (and so must name it). */
    public boolean servesOneWindow() {
        return this == WINDOW_SCREEN || this == EVALUATOR;
    }
}
