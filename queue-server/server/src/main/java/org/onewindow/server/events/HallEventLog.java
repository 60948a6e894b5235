package org.onewindow.server.events;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.onewindow.server.redis.HallKeys;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamEntry;

/** Reads a hall's event log (a Redis Stream written by the Lua scripts). */
@Component
public class HallEventLog {

    private static final Logger log = LoggerFactory.getLogger(HallEventLog.class);
    private static final Map<String, HallEventType> KNOWN = java.util.Arrays.stream(HallEventType.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(HallEventType::name, t -> t));

    private final UnifiedJedis redis;

    public HallEventLog(UnifiedJedis redis) {
        this.redis = redis;
    }

    /** Up to {@code count} events after the given stream id ({@code 0-0} for the start). */
    public List<HallEvent> readAfter(String hallId, String afterStreamId, int count) {
        return redis.xrange(HallKeys.of(hallId).events(), "(" + afterStreamId, "+", count).stream()
                .flatMap(e -> decode(hallId, e).stream())
                .toList();
    }

    /** The id of the newest entry, {@code 0-0} when the log is empty. */
    public String lastId(String hallId) {
        List<StreamEntry> last = redis.xrevrange(HallKeys.of(hallId).events(), "+", "-", 1);
        return last.isEmpty() ? "0-0" : last.get(0).getID().toString();
    }

    /** The event an entry records; empty for an entry of a type this server does not know. */
    public static Optional<HallEvent> decode(String hallId, StreamEntry entry) {
        Map<String, String> fields = new HashMap<>(entry.getFields());
        String type = fields.remove("type");
        String seq = fields.remove("seq");
        String at = fields.remove("at");
        HallEventType known = type == null ? null : KNOWN.get(type);
        if (known == null) {
            log.warn("Skipping event {} of hall {} with unknown type '{}'", entry.getID(), hallId, type);
            return Optional.empty();
        }
        return Optional.of(new HallEvent(entry.getID().toString(), hallId,
                seq == null ? 0 : Long.parseLong(seq), known,
                at == null ? Instant.ofEpochMilli(entry.getID().getTime()) : Instant.ofEpochMilli(Long.parseLong(at)),
                fields));
    }
}
