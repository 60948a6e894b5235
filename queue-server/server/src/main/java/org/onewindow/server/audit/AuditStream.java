package org.onewindow.server.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import redis.clients.jedis.resps.StreamEntry;

/** Where the trail waits in Redis, and how an entry is written there and read back. */
final class AuditStream {

    /** One stream for the installation: see audit_append.lua for why not one per hall. */
    static final String KEY = "ow:audit";
    /** The one consumer group, that of the records; every instance is a consumer of it. */
    static final String GROUP = "records";

    private AuditStream() {
    }

    static List<String> fields(Instant at, String actor, String action, String hall, String target, String origin,
                               String detail) {
        return List.of(Long.toString(at.toEpochMilli()), actor, action, hall, target, origin, detail);
    }

    static AuditEntry entry(StreamEntry e) {
        Map<String, String> f = e.getFields();
        return new AuditEntry(e.getID().toString(), at(f.get("at"), e), f.getOrDefault("actor", "-"),
                f.getOrDefault("action", "-"), f.getOrDefault("hall", ""), f.getOrDefault("target", ""),
                f.getOrDefault("origin", ""), f.getOrDefault("detail", ""));
    }

    /** The time the server gave; the stream id's own (Redis's clock) should a field ever be missing. */
    private static Instant at(String millis, StreamEntry e) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(millis));
        } catch (NumberFormatException | NullPointerException missing) {
            return Instant.ofEpochMilli(e.getID().getTime());
        }
    }
}
