package org.onewindow.display.config;

/** What a display shows. */
public enum DisplayMode {
    /** The hall's main board: calls, queues, tidal windows, notice. */
    BOARD,
    /** The small screen above one window: its number, areas and the ticket being served. */
    WINDOW,
    /** The touch screen on one window's counter where citizens rate the service (好差评). */
    EVALUATOR
}
