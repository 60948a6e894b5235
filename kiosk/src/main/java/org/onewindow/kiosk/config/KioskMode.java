package org.onewindow.kiosk.config;

/** What a kiosk is: the queue kiosk, the 24-hour terminal, or one by day and the other by night. */
public enum KioskMode {
    /** The queue kiosk while the hall is open; the 24-hour terminal outside opening hours. */
    AUTO,
    /** Always the 24-hour terminal (the self-service room, villages, banks, post offices). */
    TERMINAL,
    /** Always the queue kiosk. */
    QUEUE
}
