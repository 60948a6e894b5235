package org.onewindow.kiosk.device.scanner;

/** Receives what a scanner read. Called from the scanner's own thread. */
public interface ScanListener {

    /** A complete code, decoded to text. */
    void scanned(String code);

    /** Something was read but cannot be a code (too long, undecodable); nothing else happened. */
    default void rejected(String reason) {
    }
}
