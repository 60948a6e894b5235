package org.onewindow.server.calling;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rules of calling.
 *
 * @param maxRecalls           a called ticket may be recalled this many times
 * @param recallsBeforeNoShow  recalls required before a ticket may be marked no-show
 * @param reactivatePosition   where a reactivated no-show goes: ORIGINAL (its place) or END
 * @param maxParked            tickets a window may hold parked (挂起) at once; 3 when not set
 */
@ConfigurationProperties("onewindow.calling")
public record CallingSettings(int maxRecalls, int recallsBeforeNoShow, ReactivatePosition reactivatePosition,
                              int maxParked) {

    static final int DEFAULT_MAX_PARKED = 3;

    public CallingSettings {
        reactivatePosition = reactivatePosition == null ? ReactivatePosition.ORIGINAL : reactivatePosition;
        maxParked = maxParked <= 0 ? DEFAULT_MAX_PARKED : maxParked;
    }

    /** Where a reactivated no-show goes. */
    public enum ReactivatePosition { ORIGINAL, END }
}
