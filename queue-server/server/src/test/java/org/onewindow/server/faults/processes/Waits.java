package org.onewindow.server.faults.processes;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a process to be ready by polling it, within a deadline. */
final class Waits {

    private Waits() {
    }

    static void until(String what, Duration patience, BooleanSupplier ready, ChildProcess process) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(process.name() + " exited before " + what + "; see " + process.log());
            }
            if (ready.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50); // polling interval of a readiness probe
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting until " + what, e);
            }
        }
        throw new IllegalStateException("not within " + patience.toSeconds() + " s: " + what + "; see " + process.log());
    }
}
