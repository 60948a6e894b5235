package org.onewindow.server.tidal;

/**
 * One opening or closing of a tidal window, as kept in the hall's audit list.
 *
 * @param at      epoch milliseconds
 * @param window  window number
 * @param action  OPEN or CLOSE
 * @param areas   comma-separated areas
 * @param actor   user name, or {@code rule:<area>} in auto mode
 * @param reason  why, in plain words
 * @param mode    MANUAL or AUTO
 */
public record TidalAuditRecord(long at, String window, String action, String areas, String actor, String reason, String mode) {
}
