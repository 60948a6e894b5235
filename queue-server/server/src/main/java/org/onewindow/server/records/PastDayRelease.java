package org.onewindow.server.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import redis.clients.jedis.UnifiedJedis;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallWindow;
import org.onewindow.server.queue.BusinessDay;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.queue.TicketRecord;
import org.onewindow.server.records.archive.RecordedStatus;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;
import org.onewindow.server.statistics.DaySummaries;
import org.onewindow.server.statistics.StatisticsService;

/**
 * Keeps Redis to the live days: a past business day leaves it some days after it, once the records
 * hold every ticket of it as Redis has it, every rating of it and its summary. A day the records
 * lag behind on stays, and is tried again at the next sweep; the expiry of the day's keys
 * ({@link BusinessDay#KEYS_KEPT}) is only the backstop of a day that never could be released.
 */
@Component
class PastDayRelease {

    private static final Logger log = LoggerFactory.getLogger(PastDayRelease.class);

    private final UnifiedJedis redis;
    private final LuaScripts scripts;
    private final JdbcClient jdbc;
    private final DaySummaries summaries;
    private final StatisticsService statistics;
    private final ReleaseSettings settings;
    private final Clock clock;

    PastDayRelease(UnifiedJedis redis, LuaScripts scripts, JdbcClient jdbc, DaySummaries summaries, StatisticsService statistics,
                   ReleaseSettings settings, Clock clock) {
        this.statistics = statistics;
        this.redis = redis;
        this.scripts = scripts;
        this.jdbc = jdbc;
        this.summaries = summaries;
        this.settings = settings;
        this.clock = clock;
    }

    /** The start of the oldest day of the hall that stays in Redis whatever the records hold. */
    Instant liveFrom(Hall hall) {
        return newestReleasable(hall).plusDays(1).atStartOfDay(hall.timeZone()).toInstant();
    }

    private LocalDate newestReleasable(Hall hall) {
        return LocalDate.now(clock.withZone(hall.timeZone())).minusDays(settings.pastDayAfterDays());
    }

    /** Releases every day of the hall old enough and wholly in the records; answers those released. */
    List<LocalDate> release(Hall hall) {
        LocalDate newest = newestReleasable(hall);
        List<LocalDate> released = new ArrayList<>();
        for (int back = 0; back < BusinessDay.KEYS_KEPT.toDays(); back++) {
            LocalDate day = newest.minusDays(back);
            List<String> keys = dayKeys(hall, day);
            if (stillInRedis(keys) && release(hall, day, keys)) {
                released.add(day);
            }
        }
        return released;
    }

    private boolean release(Hall hall, LocalDate day, List<String> keys) {
        HallKeys hallKeys = HallKeys.of(hall.id());
        String key = BusinessDay.format(day);
        Map<String, String> tickets;
        Set<String> rated;
        Map<String, String> appointments;
        tickets = redis.hgetAll(hallKeys.tickets(key));
        rated = redis.hkeys(hallKeys.ratings(key));
        appointments = redis.hgetAll(hallKeys.appointments());
        int unrecorded = unrecordedTickets(hall.id(), day, tickets.values()) + unrecordedRatings(hall.id(), rated);
        try {
            statistics.summarise(hall.id(), day);
        } catch (NotFoundException e) {
            // Older than its tickets are surely kept and not summarised: it stays until it expires.
        }
        boolean summarised = summaries.kept(hall.id(), day);
        if (unrecorded > 0 || !summarised) {
            log.info("Day {} of hall {} stays in Redis: the records do not hold all of it yet ({} tickets or ratings not yet, summary {})",
                    day, hall.id(), unrecorded, summarised ? "kept" : "not kept");
            return false;
        }
        List<String> scriptKeys = new ArrayList<>(keys);
        tickets.values().stream().map(json -> TicketRecord.decode(json).person())
                .filter(person -> person != null && !person.isEmpty()).distinct()
                .forEach(person -> scriptKeys.add(hallKeys.rateableBy(person)));
        List<String> args = new ArrayList<>(List.of(Integer.toString(tickets.size()), Integer.toString(rated.size()),
                Integer.toString(keys.size() - 3), key + "-"));
        args.addAll(appointmentsOf(day, appointments));
        return Long.valueOf(1).equals(scripts.run("day_release", scriptKeys, args));
    }

    /** Tickets of the day the records do not hold as Redis has them. */
    private int unrecordedTickets(String hallId, LocalDate day, Iterable<String> tickets) {
        Map<String, Recorded> recorded = jdbc.sql("""
                        select ticket_id, status, calls, recalls, transfers from ticket_record where hall = ? and day = ?""")
                .params(hallId, day)
                .query((rs, n) -> new Recorded(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list().stream().collect(Collectors.toMap(Recorded::ticketId, Function.identity()));
        int unrecorded = 0;
        for (String json : tickets) {
            StoredTicket t = TicketRecord.decode(json);
            Recorded r = recorded.get(t.id());
            if (!new Recorded(t.id(), RecordedStatus.of(t.status()), t.calls(), t.recalls(), t.transfers()).equals(r)) {
                unrecorded++;
            }
        }
        return unrecorded;
    }

    private record Recorded(String ticketId, String status, int calls, int recalls, int transfers) {
    }

    private int unrecordedRatings(String hallId, Set<String> rated) {
        if (rated.isEmpty()) {
            return 0;
        }
        long recorded = jdbc.sql("select count(*) from rating_record where hall = ? and ticket_id = any(?)")
                .params(hallId, rated.toArray(String[]::new)).query(Long.class).single();
        return (int) (rated.size() - recorded);
    }

    private static List<String> appointmentsOf(LocalDate day, Map<String, String> appointments) {
        String date = day.toString();
        return appointments.entrySet().stream()
                .filter(e -> date.equals(JsonCodec.fromJson(e.getValue(), AppointmentDate.class).date()))
                .map(Map.Entry::getKey).toList();
    }

    /** The one field of an appointment this needs: the day it is for, as yyyy-MM-dd. */
    private record AppointmentDate(String date) {
    }

    private boolean stillInRedis(List<String> keys) {
        // KEYS[3] is the hall's appointments, not the day's: it says nothing of the day.
        List<String> ofTheDay = new ArrayList<>(keys);
        ofTheDay.remove(2);
        return redis.exists(ofTheDay.toArray(String[]::new)) > 0;
    }

    /** Every key of the hall's day, in the order day_release.lua takes them. */
    static List<String> dayKeys(Hall hall, LocalDate day) {
        HallKeys keys = HallKeys.of(hall.id());
        String d = BusinessDay.format(day);
        List<String> all = new ArrayList<>(List.of(keys.tickets(d), keys.ratings(d), keys.appointments(),
                keys.sequences(d), keys.liveTickets(d), keys.requests(d), keys.tracking(d), keys.notices(d),
                keys.noticesSent(d), keys.dayStatistics(d), keys.recentCalls(d), keys.remotePending(d),
                keys.remoteCounts(d), keys.remoteClients(d), keys.caseNumbers(d),
                keys.appointmentSlots(day.toString()), keys.appointmentBookers(day.toString())));
        hall.areaIds().forEach(area -> all.add(keys.areaQueue(d, area)));
        for (HallWindow window : hall.windows()) {
            all.add(keys.windowQueue(d, window.no()));
            all.add(keys.parked(d, window.no()));
        }
        return all.stream().filter(Objects::nonNull).distinct().toList();
    }
}
