package org.onewindow.server.queue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.protocol.json.JsonCodec;

/** Turns the reply of {@code redis/hall_state_read.lua} into a {@link HallSnapshot}. */
final class SnapshotReply {

    /** The reply's fixed parts before the queues. */
    private static final int QUEUES_FROM = 6;

    private SnapshotReply() {
    }

    static HallSnapshot parse(Object reply) {
        List<?> parts = (List<?>) reply;
        String version = (String) parts.get(0);
        Map<String, StoredWindow> windows = new HashMap<>();
        pairs(parts.get(1)).forEach((no, json) -> windows.put(no, JsonCodec.fromJson(json, StoredWindow.class)));
        Map<String, List<Long>> samples = new HashMap<>();
        pairs(parts.get(2)).forEach((area, json) -> samples.put(area, List.of(JsonCodec.fromJson(json, Long[].class))));
        String notice = (String) parts.get(3);
        List<RecentCallRecord> calls = new ArrayList<>();
        for (Object json : (List<?>) parts.get(4)) {
            calls.add(JsonCodec.fromJson((String) json, RecentCallRecord.class));
        }
        Map<String, StoredTicket> served = new HashMap<>();
        pairs(parts.get(5)).forEach((id, json) -> served.put(id, TicketRecord.decode(json)));
        List<HallSnapshot.Queue> queues = new ArrayList<>();
        for (Object q : parts.subList(QUEUES_FROM, parts.size())) {
            List<?> pair = (List<?>) q;
            queues.add(new HallSnapshot.Queue(((Long) pair.get(0)).intValue(), (Long) pair.get(1)));
        }
        return new HallSnapshot(version == null ? 0 : Long.parseLong(version), windows, samples,
                notice == null ? "" : notice, calls, served, queues);
    }

    /** A flat field, value, field, value... list, as HGETALL answers inside a script. */
    private static Map<String, String> pairs(Object flat) {
        List<?> list = (List<?>) flat;
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < list.size(); i += 2) {
            map.put((String) list.get(i), (String) list.get(i + 1));
        }
        return map;
    }
}
