package org.onewindow.kiosk.ui;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The hall's clock in the top bar and the seconds left before an idle turn ends in the bottom bar,
 * both set every second. The labels live as long as their frame: the bars around them are built
 * again on every screen, the time in them must not blink.
 */
public final class IdleCountdown {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;
    private final ZoneId zone;
    private final Label time = new Label();
    private final Label countdown = new Label();

    /** {@code countdownId} names the countdown's label, for tests and the screenshots. */
    public IdleCountdown(String countdownId, Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
        time.getStyleClass().add("clock");
        time.setMinWidth(Region.USE_PREF_SIZE);
        countdown.setId(countdownId);
        countdown.getStyleClass().add("countdown");
    }

    /** The hall's time of day, for the top bar. */
    public Label clock() {
        return time;
    }

    /** The seconds left, for the bottom bar; empty while there is no countdown. */
    public Label countdown() {
        return countdown;
    }

    /** {@code secondsLeft} below zero: nothing to count down. */
    public void tick(long secondsLeft, Texts texts) {
        time.setText(CLOCK.format(LocalTime.now(clock.withZone(zone))));
        countdown.setText(secondsLeft < 0 ? "" : texts.get("countdown", secondsLeft));
    }
}
