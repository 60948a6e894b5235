package org.onewindow.protocol.mqtt;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Delays between reconnection attempts: doubling from {@code initial} up to {@code max}, each
 * with up to 20% random jitter so that a hall's devices do not all reconnect in the same
 * millisecond after a broker restart. {@link #reset()} after a successful connection.
 */
public final class ReconnectBackoff {

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;
    private int attempts;

    public ReconnectBackoff(Duration initial, Duration max, DoubleSupplier random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    public ReconnectBackoff(Duration initial, Duration max) {
        this(initial, max, Math::random);
    }

    /** The delay before the next attempt. */
    public synchronized Duration next() {
        long base = initial.toMillis() << Math.min(attempts, 20);
        attempts++;
        long capped = Math.min(base, max.toMillis());
        long jitter = (long) (capped * 0.2 * random.getAsDouble());
        return Duration.ofMillis(capped - jitter);
    }

    public synchronized void reset() {
        attempts = 0;
    }
}
