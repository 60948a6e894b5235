package org.onewindow.server.ordering;

/** Why a ticket may be called earlier than its arrival alone would place it. */
public enum Priority {
    /** Ordinary ticket: ordered by arrival. */
    NORMAL,
    /** 绿色通道: elderly by ID card age, or disabled, pregnant, military, or raised by staff. */
    GREEN,
    /** A checked-in appointment, near its slot. */
    APPOINTMENT
}
