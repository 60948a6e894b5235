package org.onewindow.protocol.rest;

/**
 * The server's leave to open a locker slot for a person's result, and the proof a terminal keeps
 * until the pickup is recorded. The token names the hall, the case and the slot, is signed by the
 * server and holds no personal data, so a terminal may keep it on disk and send it again after a
 * restart.
 *
 * @param caseNo  the case whose result is in the slot
 * @param slot    the slot to open
 * @param token   sent back with {@code locker.collected} once the door was shut with the slot empty
 */
public record LockerGrant(String caseNo, int slot, String token) {
}
