package org.onewindow.protocol.message;

import java.time.Instant;
import java.util.List;

/**
 * What the small screen above a window shows. Retained per window.
 *
 * @param hallId           hall
 * @param windowNo         window number
 * @param kind             window kind, e.g. COMPREHENSIVE, TIDAL
 * @param tidal            whether it serves as an open tidal window now
 * @param areaIds          areas served now
 * @param areaNames        their Chinese names
 * @param status           CLOSED, OPEN or PAUSED
 * @param servingTicket    ticket number being served, empty when none
 * @param servingName      masked name of the citizen served (张*), empty when unknown
 * @param seq              hall state sequence
 * @param at               when read
 * @param label            what the window is for, e.g. 企业开办综合受理; empty when not configured
 */
public record WindowScreen(
        String hallId,
        String windowNo,
        String kind,
        boolean tidal,
        List<String> areaIds,
        List<String> areaNames,
        String status,
        String servingTicket,
        String servingName,
        long seq,
        Instant at,
        String label) {

    public WindowScreen {
        areaIds = areaIds == null ? List.of() : List.copyOf(areaIds);
        areaNames = areaNames == null ? List.of() : List.copyOf(areaNames);
        servingTicket = servingTicket == null ? "" : servingTicket;
        servingName = servingName == null ? "" : servingName;
        label = label == null ? "" : label;
    }
}
