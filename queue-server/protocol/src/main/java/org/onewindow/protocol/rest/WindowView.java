package org.onewindow.protocol.rest;

import java.util.List;

/**
 * A window's live state, for consoles.
 *
 * @param windowNo       window number
 * @param kind           COMPREHENSIVE, SPECIALISED, TIDAL, PICKUP, ASSISTED, CONSULTATION, COMPLAINT
 * @param status         CLOSED (nobody signed in), OPEN or PAUSED
 * @param clerk          user name signed in, empty when none
 * @param areaIds        areas served now (a tidal window's while open)
 * @param tidalOpen      whether it is open as a tidal window
 * @param current        ticket being served, null when none
 * @param servedToday    tickets finished today
 * @param parked         tickets parked (挂起) at the window, longest parked first
 * @param silent         whether the window's calls are silent (its own switch or the hall's)
 */
public record WindowView(
        String windowNo,
        String kind,
        String status,
        String clerk,
        List<String> areaIds,
        boolean tidalOpen,
        TicketView current,
        int servedToday,
        List<ParkedTicket> parked,
        boolean silent) {

    public WindowView {
        areaIds = areaIds == null ? List.of() : List.copyOf(areaIds);
        parked = parked == null ? List.of() : List.copyOf(parked);
    }

    /** A window with nothing parked and spoken calls, as windows were before parking and silent calls. */
    public WindowView(String windowNo, String kind, String status, String clerk, List<String> areaIds, boolean tidalOpen,
                      TicketView current, int servedToday) {
        this(windowNo, kind, status, clerk, areaIds, tidalOpen, current, servedToday, List.of(), false);
    }
}
