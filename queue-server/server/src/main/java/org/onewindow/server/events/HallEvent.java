package org.onewindow.server.events;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a hall's event log.
 *
 * @param streamId  Redis Stream entry id, increasing
 * @param hallId    hall
 * @param seq       hall state version after the change
 * @param type      what happened
 * @param at        when (server clock)
 * @param data      the entry's other fields: {@code ticket}, {@code number}, {@code area},
 *                  {@code window}, {@code actor}, {@code callId}, {@code from}, {@code to},
 *                  {@code areas} (comma-separated), {@code reason}, {@code recalls},
 *                  {@code serviceSeconds}, {@code waitSeconds}, {@code priority}, {@code item}
 */
public record HallEvent(String streamId, String hallId, long seq, HallEventType type, Instant at, Map<String, String> data) {

    public HallEvent {
        data = Map.copyOf(data);
    }

    /** A field of the entry, empty when absent. */
    public String get(String field) {
        return data.getOrDefault(field, "");
    }

    public String ticketId() {
        return get("ticket");
    }

    public String ticketNumber() {
        return get("number");
    }

    public String areaId() {
        return get("area");
    }

    public String windowNo() {
        return get("window");
    }

    /** User name, device id, or {@code rule:<area>} for the tidal rules. */
    public String actor() {
        return get("actor");
    }
}
