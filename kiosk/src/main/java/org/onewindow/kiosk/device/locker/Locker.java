package org.onewindow.kiosk.device.locker;

import java.time.Duration;

/** The result lockers, as the terminal uses them. */
public interface Locker extends AutoCloseable {

    /** Releases a slot's lock; returns once the board says the door is open. */
    void open(int slot) throws LockerException;

    /** What the board says of a slot now. */
    DoorState state(int slot) throws LockerException;

    /**
     * Waits until the slot's door is shut again (the citizen took the result and closed it).
     *
     * @return the state when shut, or the last state when {@code timeout} passed first
     */
    DoorState awaitShut(int slot, Duration timeout) throws LockerException, InterruptedException;

    @Override
    void close();
}
