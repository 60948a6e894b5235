package org.onewindow.server.calling;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rules of calling.
 *
 * @param maxRecalls           a called ticket may be recalled this many times
 * @param recallsBeforeNoShow  recalls required before a ticket may be marked no-show
 * @param reactivatePosition   where a reactivated no-show goes: ORIGINAL (its place) or END
 */
@ConfigurationProperties("onewindow.calling")
public record CallingSettings(int maxRecalls, int recallsBeforeNoShow, ReactivatePosition reactivatePosition) {

    public CallingSettings {
        reactivatePosition = reactivatePosition == null ? ReactivatePosition.ORIGINAL : reactivatePosition;
    }

    /** Where a reactivated no-show goes. */
    public enum ReactivatePosition { ORIGINAL, END }
}
