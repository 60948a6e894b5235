package org.onewindow.server.overview;

import java.time.Instant;
import java.util.List;

/**
 * The halls below a region as a regional manager's overview shows them.
 *
 * @param region     the division asked for, or null for every hall the manager reaches
 * @param everywhere whether the manager reaches every hall of the deployment (no scope)
 * @param at         when it was read
 * @param halls      each hall, by province, city and county code, then id
 * @param totals     the figures added up over the halls
 */
public record HallOverview(Division region, boolean everywhere, Instant at, List<HallRow> halls, Figures totals) {

    /** A division: its six-digit code and name. */
    public record Division(String code, String name) {
    }

    /**
     * A hall's line.
     *
     * @param province its province, null for a hall that names no region; likewise city and county
     */
    public record HallRow(String hallId, String name, Division province, Division city, Division county, Figures figures) {
    }

    /**
     * A hall's live figures of its business day.
     *
     * @param waiting     tickets waiting in all its areas
     * @param serving     windows serving a ticket now
     * @param openWindows windows signed in to and not paused
     * @param issuedToday tickets issued today (remote tickets included)
     */
    public record Figures(int waiting, int serving, int openWindows, int issuedToday) {

        Figures plus(Figures o) {
            return new Figures(waiting + o.waiting, serving + o.serving, openWindows + o.openWindows, issuedToday + o.issuedToday);
        }
    }
}
