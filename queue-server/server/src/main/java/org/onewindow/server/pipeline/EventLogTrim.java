package org.onewindow.server.pipeline;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamEntry;

import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;

/**
 * Keeps a hall's event log to the live days: entries older than a given moment of the hall's clock
 * go once every effect group has done them (the records among them) and no parked effect waits on
 * them. The log's MAXLEN in the scripts stays as the bound of a log nothing trims.
 */
@Component
public class EventLogTrim {

    /** Entries read at a time looking for the first of the live days; a hall's day is a few thousand. */
    private static final int PAGE = 1_000;
    /** Pages looked at in one trim, so that one trim of a long log never holds Redis up for long. */
    private static final int MAX_PAGES = 200;

    private final UnifiedJedis redis;
    private final LuaScripts scripts;

    public EventLogTrim(UnifiedJedis redis, LuaScripts scripts) {
        this.redis = redis;
        this.scripts = scripts;
    }

    /** Removes the entries made before {@code liveFrom} that nobody needs; answers how many went. */
    public long trim(String hallId, Instant liveFrom) {
        HallKeys keys = HallKeys.of(hallId);
        String firstLive = firstEntryFrom(keys.events(), liveFrom.toEpochMilli());
        if (firstLive == null) {
            return 0;
        }
        return (Long) scripts.run("events_trim", List.of(keys.events(), keys.parkedEffects()), List.of(firstLive));
    }

    /**
     * The id of the first entry the hall made at or after {@code liveFromMillis} by its clock (the
     * entry's {@code at}, which the tests can move, unlike the id Redis gave it); the id after the
     * last entry looked at when none is that new; null when there is nothing older.
     */
    private String firstEntryFrom(String log, long liveFromMillis) {
        String after = "-";
        String lastOld = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<StreamEntry> entries = redis.xrange(log, after, "+", PAGE);
            for (StreamEntry e : entries) {
                String at = e.getFields().get("at");
                if (at != null && Long.parseLong(at) >= liveFromMillis) {
                    return lastOld == null ? null : e.getID().toString();
                }
                lastOld = e.getID().toString();
            }
            if (entries.size() < PAGE) {
                break;
            }
            after = "(" + entries.get(entries.size() - 1).getID();
        }
        return lastOld == null ? null : next(lastOld);
    }

    private static String next(String id) {
        StreamEntryID e = new StreamEntryID(id);
        return e.getTime() + "-" + (e.getSequence() + 1);
    }
}
