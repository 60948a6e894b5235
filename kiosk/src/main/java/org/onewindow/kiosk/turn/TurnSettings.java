package org.onewindow.kiosk.turn;

import java.time.Duration;

/**
 * How long a turn lasts untouched.
 *
 * @param idle         back to the start after this long untouched
 * @param elderlyIdle  the same in elderly mode: older citizens read and decide more slowly
 * @param liftedGrace  a card lifted from the reader is forgotten once the screen has been untouched this long
 * @param elderlyAge   a card at or over this age turns elderly mode on (the hall's green-channel age)
 */
public record TurnSettings(Duration idle, Duration elderlyIdle, Duration liftedGrace, int elderlyAge) {

    public TurnSettings {
        if (idle.isNegative() || idle.isZero() || elderlyIdle.compareTo(idle) < 0 || liftedGrace.isNegative()
                || liftedGrace.isZero() || elderlyAge < 1) {
            throw new IllegalArgumentException("turn settings out of range: " + idle + ", " + elderlyIdle + ", "
                    + liftedGrace + ", age " + elderlyAge);
        }
    }
}
