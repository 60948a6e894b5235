package org.onewindow.server.glance;

import java.time.Instant;
import java.util.List;

/**
 * The hall as the manager's glance screen shows it.
 *
 * @param hallId   hall id
 * @param hallName hall name
 * @param at       when it was read
 * @param windows  every configured window, in the hall file's order
 * @param areas    every functional area's queue with the tidal thresholds it is measured against
 * @param alerts   what needs a manager now, most urgent kind first
 */
public record HallGlance(String hallId, String hallName, Instant at, List<Tile> windows, List<AreaBar> areas,
                         List<Alert> alerts) {

    /**
     * A window's tile.
     *
     * @param state         SERVING, IDLE (open, nobody called), PAUSED or CLOSED (nobody signed in)
     * @param number        the ticket served, empty when none
     * @param servingSince  when that ticket was called, null when none
     */
    public record Tile(String windowNo, String kind, String label, String state, boolean tidalOpen, List<String> areaIds,
                       String clerk, String number, Instant servingSince, int servedToday) {
    }

    /**
     * An area's queue against the thresholds at which the server advises a tidal window.
     *
     * @param waitingThreshold         waiting tickets from which a tidal window is advised
     * @param oldestWaitThresholdSeconds oldest wait from which a tidal window is advised
     */
    public record AreaBar(String areaId, String name, int waiting, int openWindows, long oldestWaitSeconds,
                          Long estimatedWaitSeconds, int waitingThreshold, long oldestWaitThresholdSeconds) {
    }

    /**
     * Something a manager should see to.
     *
     * @param kind    LONG_WAIT, NO_WINDOW, DEVICE_FAULT, BAD_RATING or OVERDUE_CASE
     * @param subject what it is about: an area, a device, a ticket number, a case number
     * @param detail  the particulars in the server's words (a device's fault code, a case's item)
     * @param since   since when, where known
     * @param link    the console page where it is handled
     */
    public record Alert(String kind, String subject, String detail, Instant since, String link) {
    }
}
