package org.onewindow.server.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.DayStatistics;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.queue.TicketRecord;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** A day's tickets, read from its ticket hash, and the summaries an earlier version kept in Redis. */
@Component
class StatisticsStore {

    private final UnifiedJedis redis;
    private final LuaScripts scripts;

    StatisticsStore(UnifiedJedis redis, LuaScripts scripts) {
        this.redis = redis;
        this.scripts = scripts;
    }

    /** Every ticket of the day, read in pages so a busy day never holds Redis up in one command. */
    List<StoredTicket> tickets(String hallId, String day) {
        String key = HallKeys.of(hallId).tickets(day);
        // HSCAN may return a ticket twice while Redis rehashes: keep each id once.
        Map<String, String> byId = new LinkedHashMap<>();
        ScanParams page = new ScanParams().count(500);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<Map.Entry<String, String>> result = redis.hscan(key, cursor, page);
            result.getResult().forEach(e -> byId.put(e.getKey(), e.getValue()));
            cursor = result.getCursor();
        } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        List<StoredTicket> tickets = new ArrayList<>();
        byId.values().forEach(json -> tickets.add(TicketRecord.decode(json)));
        return tickets;
    }

    /**
     * A summary an earlier version kept in Redis, before summaries were kept in the records; it
     * is moved there the first time it is read.
     */
    Optional<DayStatistics> earlierSummary(String hallId, String day) {
        return Optional.ofNullable(redis.get(HallKeys.of(hallId).dayStatistics(day)))
                .map(json -> JsonCodec.fromJson(json, DayStatistics.class));
    }

    /** Lets the earlier summary go, once the records hold the day's. */
    void forgetEarlierSummary(String hallId, String day) {
        scripts.run("statistics_forget", List.of(HallKeys.of(hallId).dayStatistics(day)), List.of());
    }
}
