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
 */
public record WindowView(
        String windowNo,
        String kind,
        String status,
        String clerk,
        List<String> areaIds,
        boolean tidalOpen,
        TicketView current,
        int servedToday) {

    public WindowView {
        areaIds = areaIds == null ? List.of() : List.copyOf(areaIds);
    }
}
