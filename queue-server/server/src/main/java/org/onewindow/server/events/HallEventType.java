package org.onewindow.server.events;

/** What happened. Names are past tense: an event is a fact. */
public enum HallEventType {
    TICKET_ISSUED,
    TICKET_CALLED,
    TICKET_RECALLED,
    TICKET_MARKED_NO_SHOW,
    TICKET_REACTIVATED,
    TICKET_TRANSFERRED,
    TICKET_FINISHED,
    TICKET_PRIORITY_RAISED,
    WINDOW_SIGNED_IN,
    WINDOW_SIGNED_OUT,
    WINDOW_PAUSED,
    WINDOW_RESUMED,
    TIDAL_WINDOW_OPENED,
    TIDAL_WINDOW_CLOSED,
    NOTICE_CHANGED
}
