package org.onewindow.server.records;

import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.protocol.rest.CaseStatusRequest;
import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.cases.CaseService;
import org.onewindow.server.calling.CallingService;
import org.onewindow.server.rating.RatingService;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.TestIds;
import org.onewindow.server.ticket.TicketService;

/**
 * Working days at the test hall on a whole running server whose clock the test moves: citizens take
 * tickets, two clerks serve them, a third of them apply (a case, decided and delivered the same
 * day), every other service is rated, one in eight does not come, and the manager resolves the
 * follow-up of a bad rating the next morning. Driven through the services the
 * REST controllers call, so a simulated month takes a minute and not an afternoon of bcrypt.
 */
final class SimulatedDays {

    static final String HALL = "testhall";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<String> WINDOWS = List.of("1", "2");

    private final MutableClock clock;
    private final TicketService tickets;
    private final CallingService calling;
    private final CaseService cases;
    private final RatingService ratings;
    private final UnifiedJedis redis;
    private final JdbcClient jdbc;
    private int people;

    SimulatedDays(MutableClock clock, TicketService tickets, CallingService calling, CaseService cases, RatingService ratings,
                  UnifiedJedis redis, JdbcClient jdbc) {
        this.clock = clock;
        this.tickets = tickets;
        this.calling = calling;
        this.cases = cases;
        this.ratings = ratings;
        this.redis = redis;
        this.jdbc = jdbc;
    }

    /** What a day left behind. */
    record Day(LocalDate date, List<String> ticketIds, List<String> caseNumbers, int rated) {
    }

    /** The working day after {@code day}. */
    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    void at(LocalDate day, String time) {
        clock.set(ZonedDateTime.of(day, LocalTime.parse(time), ZONE).toInstant());
    }

    /** A day of {@code count} tickets, from 09:00, served until none waits; the records caught up at its end. */
    Day work(LocalDate date, int count) {
        at(date, "08:40");
        // The manager calls back yesterday's 不满意 and records the fix first thing, as the hall does.
        ratings.followUps(HALL).stream().filter(f -> !"RESOLVED".equals(f.status()))
                .forEach(f -> ratings.resolve(HALL, f.id(), "已致电说明，高峰时段增开窗口", "manager"));
        at(date, "09:00");
        WINDOWS.forEach(w -> calling.signIn(HALL, w, "clerk0" + w));
        List<String> issued = new ArrayList<>();
        List<String> applicants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean applies = i % 3 == 0;
            IssueTicketRequest request = new IssueTicketRequest(UUID.randomUUID().toString(), "biz", applies ? "QY001" : null,
                    applies ? TestIds.person("19700101", people++ % 1000, "欧阳明远") : null, null, null);
            String id = tickets.issue(HALL, request, "kiosk-1").ticket().ticketId();
            issued.add(id);
            if (applies) {
                applicants.add(id);
            }
        }
        int served = 0;
        int rated = 0;
        boolean more = true;
        while (more) {
            more = false;
            for (String window : WINDOWS) {
                Optional<TicketView> called = calling.callNext(HALL, window, "clerk0" + window);
                if (called.isEmpty()) {
                    continue;
                }
                more = true;
                clock.advance(Duration.ofMinutes(2));
                String id = called.get().ticketId();
                if (++served % 8 == 0 && !applicants.contains(id)) {
                    calling.recall(HALL, window, "clerk0" + window);
                    clock.advance(Duration.ofMinutes(1));
                    calling.noShow(HALL, window, "clerk0" + window);
                    continue;
                }
                calling.finish(HALL, window, "clerk0" + window,
                        new FinishRequest(applicants.contains(id) ? "ACCEPTED" : "SERVED", List.of(), ""));
                if (served % 2 == 0) {
                    String token = ratings.phonePathFor(HALL, id).orElseThrow().replace("/rate.html?t=", "");
                    ratings.submit(token, new RatingSubmission(token, served % 10 == 0 ? "DISSATISFIED" : "VERY_SATISFIED",
                            served % 10 == 0 ? List.of("LONG_WAIT") : List.of(), "", ""), "PHONE");
                    rated++;
                }
            }
        }
        List<String> caseNumbers = new ArrayList<>();
        for (String ticket : applicants) {
            String caseNo = await().atMost(Duration.ofSeconds(20)).until(() -> caseOf(ticket), no -> no != null);
            cases.move(HALL, caseNo, new CaseStatusRequest("DECIDED", "准予登记", null, null), "manager");
            cases.move(HALL, caseNo, new CaseStatusRequest("READY", "", "WINDOW", "1"), "clerk01");
            cases.move(HALL, caseNo, new CaseStatusRequest("DELIVERED", "", null, null), "clerk01");
            caseNumbers.add(caseNo);
        }
        at(date, "17:30");
        WINDOWS.forEach(w -> calling.signOut(HALL, w, "clerk0" + w));
        awaitRecords();
        return new Day(date, issued, caseNumbers, rated);
    }

    /** Until every entry of the hall's event log is in the records. */
    void awaitRecords() {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String[] ids = logIds();
            return jdbc.sql("select count(*) from hall_event where hall = ? and stream_id = any(?)").params(HALL, ids)
                    .query(Long.class).single() == ids.length;
        });
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private String[] logIds() {
        return redis.xrange(HallKeys.of(HALL).events(), "-", "+").stream().map(e -> e.getID().toString())
                .toArray(String[]::new);
    }

    private String caseOf(String ticketId) {
        return redis.hget(HallKeys.of(HALL).caseOfTicket(), ticketId);
    }

    /** Every key of the hall in Redis now. */
    List<String> hallKeys() {
        List<String> keys = new ArrayList<>();
        ScanParams match = new ScanParams().match("ow:{" + HALL + "}:*").count(1000);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, match);
            keys.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        return keys;
    }

    /**
     * Bytes Redis uses for the hall's keys: the event log; keys that expire on their own within two
     * days of real time (a person's services that may still be rated, for the 24 hours of their
     * token: a simulated month passes in minutes, so they pile up here as they never do in a hall);
     * and all the rest.
     */
    Memory memory() {
        long live = 0;
        long log = 0;
        long expiring = 0;
        for (String key : hallKeys()) {
            Long measured = redis.memoryUsage(key);
            long bytes = measured == null ? 0 : measured;
            long ttl = redis.ttl(key);
            if (key.equals(HallKeys.of(HALL).events())) {
                log += bytes;
            } else if (ttl > 0 && ttl <= Duration.ofDays(2).toSeconds()) {
                expiring += bytes;
            } else {
                live += bytes;
            }
        }
        return new Memory(live, log, expiring);
    }

    record Memory(long hallKeys, long eventLog, long expiringByThemselves) {
    }

    /** The hall's keys by kind (days and person keys left out of the name), with their count and bytes. */
    java.util.SortedMap<String, long[]> byKind() {
        java.util.SortedMap<String, long[]> kinds = new java.util.TreeMap<>();
        for (String key : hallKeys()) {
            String kind = key.substring(("ow:{" + HALL + "}:").length())
                    .replaceAll("\\d{8}", "<day>").replaceAll("person:[^:]+", "person:<key>");
            Long bytes = redis.memoryUsage(key);
            long[] sum = kinds.computeIfAbsent(kind, k -> new long[2]);
            sum[0]++;
            sum[1] += bytes == null ? 0 : bytes;
        }
        return kinds;
    }
}
