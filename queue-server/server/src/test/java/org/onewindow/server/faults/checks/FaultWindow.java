package org.onewindow.server.faults.checks;

/**
 * When a scenario's fault struck, and the span before it in which Redis may lose what it
 * acknowledged (its fsync window with {@code appendfsync everysec}; empty otherwise).
 */
public record FaultWindow(long faultAt, long mayLoseFrom, long mayLoseUntil) {

    /** A fault after which Redis keeps everything it acknowledged. */
    public static FaultWindow at(long faultAt) {
        return new FaultWindow(faultAt, 0, 0);
    }

    boolean redisMayLose(long acknowledgedAt) {
        return acknowledgedAt >= mayLoseFrom && acknowledgedAt <= mayLoseUntil;
    }
}
