package org.onewindow.kiosk.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test sets: opening and closing time without waiting for them. */
public final class MutableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new FollowingClock(this, other);
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** The same instants, seen in another zone. */
    private static final class FollowingClock extends Clock {
        private final MutableClock source;
        private final ZoneId zone;

        FollowingClock(MutableClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new FollowingClock(source, other);
        }

        @Override
        public Instant instant() {
            return source.instant();
        }
    }
}
