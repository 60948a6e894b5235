package org.onewindow.server.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallLoader;
import org.onewindow.server.hall.OpeningHours;

/**
 * The real clock moved on to 10:00 in the hall on its next working day, so that a whole server under test takes
 * remote tickets whenever the test runs; it keeps ticking, for sessions and streams.
 */
public final class ShiftedClock extends Clock {

    private final Duration offset;
    private final ZoneId zone;

    private ShiftedClock(ShiftedClock of, ZoneId zone) {
        this.offset = of.offset;
        this.zone = zone;
    }

    /** Shifted to 10:00 of the demo hall's next working day. */
    public static ShiftedClock demoHallOpen() {
        try (InputStream in = ShiftedClock.class.getClassLoader().getResourceAsStream("halls/linxia.yml")) {
            Hall hall = HallLoader.load("halls/linxia.yml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new ShiftedClock(hall.timeZone(), hall.openingHours());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ShiftedClock(ZoneId hallZone, OpeningHours hours) {
        this.zone = ZoneOffset.UTC;
        ZonedDateTime now = ZonedDateTime.now(hallZone);
        // Ahead, never back: a browser drops a session cookie whose expiry the server dated in the past.
        ZonedDateTime target = now.withHour(10).withMinute(0).withSecond(0).withNano(0);
        while (!target.isAfter(now) || !hours.isWorkingDay(target.toLocalDate())) {
            target = target.plusDays(1);
        }
        this.offset = Duration.between(now.toInstant(), target.toInstant());
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ShiftedClock(this, zone);
    }
}
