package org.onewindow.kiosk.device.locker;

/**
 * A slot as the lock board reports it.
 *
 * @param slot      slot number
 * @param open      whether its door is open
 * @param occupied  whether something is inside (the board's light sensor)
 */
public record DoorState(int slot, boolean open, boolean occupied) {
}
