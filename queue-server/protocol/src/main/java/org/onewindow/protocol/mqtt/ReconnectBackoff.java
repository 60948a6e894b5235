package org.onewindow.protocol.mqtt;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Delays between reconnection attempts, in two phases (docs/mqtt.md, "Reconnecting"). While the
 * broker has been away only a short while ({@code quickFor}: a restart, a failover) the delay doubles from
 * {@code initial} but stays at most {@code quickCap}, so a returning broker has every device back
 * within {@code quickCap}; after that it doubles on from {@code quickCap} up to {@code max}, so a
 * broker away for long is not asked by every device of the hall several times a second. Each delay
 * is shortened by up to 20% at random, so that a hall's devices do not all reconnect in the same
 * millisecond. {@link #reset()} after a successful connection.
 */
public final class ReconnectBackoff {

    private final Duration initial;
    private final Duration quickCap;
    private final Duration quickFor;
    private final Duration max;
    private final DoubleSupplier random;
    private int attempts;
    private int slowAttempts;
    /** The delays handed out since the last reset: how long the broker has been away. */
    private long awayMillis;

    public ReconnectBackoff(Duration initial, Duration quickCap, Duration quickFor, Duration max, DoubleSupplier random) {
        this.initial = initial;
        this.quickCap = quickCap;
        this.quickFor = quickFor;
        this.max = max;
        this.random = random;
    }

    /**
     * What every gateway uses: 100, 200, 400 ms, then every 500 ms for the first 30 s of an
     * outage, then 1, 2, 4, 8, 15 s, 15 s...
     */
    public static ReconnectBackoff forBroker() {
        return new ReconnectBackoff(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofSeconds(15), Math::random);
    }

    /** The delay before the next attempt. */
    public synchronized Duration next() {
        long base;
        if (awayMillis < quickFor.toMillis()) {
            base = Math.min(initial.toMillis() << Math.min(attempts, 20), quickCap.toMillis());
        } else {
            slowAttempts++;
            base = quickCap.toMillis() << Math.min(slowAttempts, 20);
        }
        attempts++;
        long capped = Math.min(base, max.toMillis());
        long delay = capped - (long) (capped * 0.2 * random.getAsDouble());
        awayMillis += delay;
        return Duration.ofMillis(delay);
    }

    public synchronized void reset() {
        attempts = 0;
        slowAttempts = 0;
        awayMillis = 0;
    }
}
