package org.onewindow.server.events;

/** What happened. Names are past tense: an event is a fact. */
public enum HallEventType {
    TICKET_ISSUED,
    /** A ticket was taken by phone: it has a number but joins no queue until checked in. */
    TICKET_TAKEN_REMOTELY,
    /** A ticket taken by phone was checked in ({@code how}, {@code placeKept}) and now waits in its area's queue. */
    TICKET_CHECKED_IN,
    /** A ticket taken by phone was not checked in by the lapse time; it will never be called. */
    TICKET_LAPSED,
    TICKET_CALLED,
    TICKET_RECALLED,
    TICKET_MARKED_NO_SHOW,
    TICKET_REACTIVATED,
    TICKET_TRANSFERRED,
    TICKET_FINISHED,
    TICKET_PRIORITY_RAISED,
    /** The window's current ticket was parked (挂起) there; the window is free to call the next. */
    TICKET_PARKED,
    /** A parked ticket went back to the front of its queue because its window was signed out. */
    TICKET_UNPARKED,
    /** The desk declined a green-channel request ({@code requested}, {@code reason}); the ticket kept its place. */
    TICKET_GREEN_DECLINED,
    WINDOW_SIGNED_IN,
    WINDOW_SIGNED_OUT,
    WINDOW_PAUSED,
    WINDOW_RESUMED,
    /** A window's calls are now spoken or silent ({@code silent}). */
    WINDOW_SILENCE_CHANGED,
    /** The hall's calls are now spoken or silent ({@code silent}). */
    HALL_SILENCE_CHANGED,
    TIDAL_WINDOW_OPENED,
    TIDAL_WINDOW_CLOSED,
    NOTICE_CHANGED,
    /** A case (办件) was opened or changed: {@code case}, {@code from} and {@code status}; the hall's queue did not change. */
    CASE_CHANGED,
    /** A service was rated ({@code ticket}; {@code followUp} "1" when the rating opened a follow-up); the hall's queue did not change. */
    RATING_RECORDED,
    /** The follow-up of a bad rating ({@code ticket}) was called back or resolved ({@code status}); the hall's queue did not change. */
    FOLLOW_UP_CHANGED,
    /** Work after a change kept failing and waits for a manager ({@code effect}); nothing the hall shows changed. */
    EFFECT_PARKED,
    /** A parked effect ({@code effect}) was done after all. */
    EFFECT_UNPARKED;

    /** Whether boards, screens and queues may show something else after it. */
    public boolean changesTheHall() {
        return this != CASE_CHANGED && this != EFFECT_PARKED && this != EFFECT_UNPARKED
                && this != RATING_RECORDED && this != FOLLOW_UP_CHANGED;
    }
}
