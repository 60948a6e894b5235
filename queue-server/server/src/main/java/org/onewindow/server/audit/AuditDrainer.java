package org.onewindow.server.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

import org.onewindow.server.database.DatabaseAway;
import org.onewindow.server.database.RecordsSchema;
import org.onewindow.server.redis.LuaScripts;

/**
 * Moves the audit trail from its Redis stream into the records, on every instance, as a consumer
 * of one group: an entry is given to one instance, written with its stream id as source_id (a
 * second write of it changes nothing), then acknowledged and removed (audit_written.lua). Each
 * round first does again what this instance was given and did not finish, then takes over what a
 * consumer has left untouched for {@link #DEAD_AFTER} (an instance that died; one that only hangs
 * may write it too, which changes nothing), then reads new entries. With the records database
 * away it waits, as the event archive does: nothing is acknowledged, the entries stay in the
 * stream, and the next round tries them again.
 */
@Component
class AuditDrainer {

    static final Duration DEAD_AFTER = Duration.ofSeconds(60);
    private static final int BATCH = 100;
    private static final StreamEntryID START = new StreamEntryID(0, 0);
    private static final Logger log = LoggerFactory.getLogger(AuditDrainer.class);

    private final UnifiedJedis redis;
    private final LuaScripts scripts;
    private final RecordsSchema schema;
    private final AuditRecords records;
    private final String consumer;
    private final Duration deadAfter;
    private volatile boolean groupMade;
    private volatile boolean away;

    @Autowired
    AuditDrainer(UnifiedJedis redis, LuaScripts scripts, RecordsSchema schema, AuditRecords records) {
        this(redis, scripts, schema, records, "audit-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID(), DEAD_AFTER);
    }

    AuditDrainer(UnifiedJedis redis, LuaScripts scripts, RecordsSchema schema, AuditRecords records, String consumer,
                 Duration deadAfter) {
        this.redis = redis;
        this.scripts = scripts;
        this.schema = schema;
        this.records = records;
        this.consumer = consumer;
        this.deadAfter = deadAfter;
    }

    @Scheduled(initialDelayString = "${onewindow.audit.drain-millis}", fixedDelayString = "${onewindow.audit.drain-millis}")
    void scheduled() {
        try {
            drain();
        } catch (RuntimeException e) {
            // Redis away or loading: the entries wait where they are. A Redis that lost its data
            // lost the group too: it is made again next round.
            if (e instanceof JedisDataException && String.valueOf(e.getMessage()).startsWith("NOGROUP")) {
                groupMade = false;
            }
            log.warn("The audit trail was not written this round: {}", e.toString());
        }
    }

    /** One round; returns how many entries it wrote (0 while the records database is away). */
    synchronized int drain() {
        if (!schema.ready()) {
            return 0;
        }
        ensureGroup();
        int[] written = {0};
        if (drainFrom(() -> read(START), written) && drainFrom(this::claimDeadOnes, written)) {
            drainFrom(() -> read(StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY), written);
        }
        return written[0];
    }

    /** Writes batches from {@code source} until it has none; false when the database did not take one. */
    private boolean drainFrom(Supplier<List<StreamEntry>> source, int[] written) {
        List<StreamEntry> batch;
        while (!(batch = source.get()).isEmpty()) {
            if (!write(batch)) {
                return false;
            }
            written[0] += batch.size();
        }
        return true;
    }

    /** Writes and removes the entries; false, leaving them pending here, when the database did not take them. */
    private boolean write(List<StreamEntry> batch) {
        try {
            // An entry deleted while pending comes back as an id with no fields: only acknowledged.
            records.write(batch.stream().filter(e -> e.getFields() != null).map(AuditStream::entry).toList());
        } catch (DataAccessException e) {
            boolean nowAway = DatabaseAway.isAway(e);
            if (nowAway && !away) {
                log.warn("The records database is away; the audit trail waits in Redis ({})", DatabaseAway.why(e));
            } else if (!nowAway) {
                log.error("The records refused audit entries from {}; they are tried again", batch.get(0).getID(), e);
            }
            away = nowAway;
            return false;
        }
        if (away) {
            log.info("The records database is back; the audit trail is written again");
            away = false;
        }
        List<String> args = new ArrayList<>(batch.size() + 1);
        args.add(AuditStream.GROUP);
        batch.forEach(e -> args.add(e.getID().toString()));
        scripts.run("audit_written", List.of(AuditStream.KEY), args);
        return true;
    }

    /** This consumer's entries not yet acknowledged ({@code 0-0}), or new ones ({@code >}). */
    private List<StreamEntry> read(StreamEntryID from) {
        List<Map.Entry<String, List<StreamEntry>>> read = redis.xreadGroup(AuditStream.GROUP, consumer,
                XReadGroupParams.xReadGroupParams().count(BATCH), Map.of(AuditStream.KEY, from));
        return read == null || read.isEmpty() ? List.of() : read.get(0).getValue();
    }

    /** Entries given to a consumer that has not touched them for a long while: it died, or hangs. */
    private List<StreamEntry> claimDeadOnes() {
        Map.Entry<StreamEntryID, List<StreamEntry>> page = redis.xautoclaim(AuditStream.KEY, AuditStream.GROUP, consumer,
                deadAfter.toMillis(), START, XAutoClaimParams.xAutoClaimParams().count(BATCH));
        return page.getValue();
    }

    private void ensureGroup() {
        if (groupMade) {
            return;
        }
        try {
            redis.xgroupCreate(AuditStream.KEY, AuditStream.GROUP, START, true);
        } catch (JedisDataException e) {
            if (!String.valueOf(e.getMessage()).startsWith("BUSYGROUP")) {
                throw e;
            }
        }
        groupMade = true;
    }
}
