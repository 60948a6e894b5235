package org.onewindow.server.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamGroupInfo;

import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.Http.Reply;

/**
 * The records database dies while the hall works: tickets are issued and served while it is down,
 * the hall answers as ever and the devices group keeps up; once the database is back on the same
 * data, every record arrives exactly once.
 *
 * @param issuedBefore tickets issued while the database is up
 * @param issuedDuring tickets issued while it is down
 * @param servedDuring of those, how many are called and finished while it is down
 */
public record RecordsOutageDrill(int issuedBefore, int issuedDuring, int servedDuring) {

    private static final String HALL = "/api/halls/testhall";
    private static final String KIOSK = Http.bearer("demo-kiosk-token");
    private static final String CLERK = Http.basic("clerk01", "demo-clerk");

    /** What the drill measured. */
    public record Figures(long entries, long slowestAnswerMillis, long restartMillis, long catchUpMillis, double entriesPerSecond) {
    }

    /** The test server's properties with its records on {@code pg} (TestServer.properties otherwise). */
    public static void properties(DynamicPropertyRegistry registry, java.nio.file.Path dataDir, KillablePostgres pg) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> 0);
        registry.add("onewindow.halls.files", () -> "classpath:halls/test-hall.yml");
        registry.add("onewindow.records.url", pg::jdbcUrl);
        registry.add("onewindow.records.username", () -> "postgres");
        TestDevices.register(registry, "testhall");
    }

    public Figures run(Http http, UnifiedJedis redis, JdbcClient records, KillablePostgres pg) {
        for (int i = 0; i < issuedBefore; i++) {
            issue(http);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> count(records, "hall_event") == logLength(redis));

        pg.kill();
        long slowest = 0;
        ok(http.post(HALL + "/windows/1/sign-in", CLERK, ""));
        for (int i = 0; i < issuedDuring; i++) {
            slowest = Math.max(slowest, timed(() -> issue(http)));
        }
        for (int i = 0; i < servedDuring; i++) {
            slowest = Math.max(slowest, timed(() -> ok(http.post(HALL + "/windows/1/call-next", CLERK, ""))));
            slowest = Math.max(slowest, timed(() -> ok(http.post(HALL + "/windows/1/finish", CLERK, "{\"outcome\":\"SERVED\"}"))));
        }
        long entries = logLength(redis);
        // The devices were told everything while the records waited.
        await().atMost(Duration.ofSeconds(20)).until(() -> caughtUp(redis, "devices"));
        assertThat(caughtUp(redis, "archive")).as("the archive waits for its database").isFalse();

        long restarting = System.nanoTime();
        pg.restart();
        long restarted = System.nanoTime();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .alias("archive caught up after the restart")
                .until(() -> state(redis, records), s -> s.startsWith("written " + entries + " of " + entries + " "));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(records, "ticket_record") == issuedBefore + issuedDuring
                && finished(records) == servedDuring);
        long catchUp = (System.nanoTime() - restarted) / 1_000_000;
        assertThat(count(records, "hall_event")).isEqualTo(entries);
        assertThat(records.sql("select count(distinct stream_id) from hall_event").query(Long.class).single()).isEqualTo(entries);
        // Measured from when the database answers again, so it includes the lanes' pause before their next try.
        return new Figures(entries, slowest, (restarted - restarting) / 1_000_000, catchUp,
                (entries - issuedBefore) * 1000.0 / Math.max(1, catchUp));
    }

    private static void issue(Http http) {
        ok(http.post(HALL + "/tickets", KIOSK, "{\"requestId\":\"" + UUID.randomUUID() + "\",\"areaId\":\"biz\"}"));
    }

    private static long timed(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void ok(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
    }

    private static long count(JdbcClient records, String table) {
        try {
            return records.sql("select count(*) from " + table).query(Long.class).single();
        } catch (RuntimeException away) {
            return -1;
        }
    }

    private static long finished(JdbcClient records) {
        return records.sql("select count(*) from ticket_record where status = 'FINISHED'").query(Long.class).single();
    }

    private static long logLength(UnifiedJedis redis) {
        return redis.xlen(HallKeys.of("testhall").events());
    }

    /** What the records and the archive group hold, for the message of a failed wait. */
    private static String state(UnifiedJedis redis, JdbcClient records) {
        String events = HallKeys.of("testhall").events();
        StringBuilder s = new StringBuilder("written " + count(records, "hall_event") + " of " + redis.xlen(events) + " ");
        for (StreamGroupInfo g : redis.xinfoGroups(events)) {
            s.append(g.getName()).append(" pending=").append(g.getPending()).append(" delivered=")
                    .append(g.getLastDeliveredId()).append("; ");
        }
        return s.toString();
    }

    /** Whether the group has been given every entry and acknowledged each. */
    private static boolean caughtUp(UnifiedJedis redis, String group) {
        String events = HallKeys.of("testhall").events();
        StreamEntryID last = redis.xinfoStream(events).getLastGeneratedId();
        for (StreamGroupInfo g : redis.xinfoGroups(events)) {
            if (g.getName().equals(group)) {
                return g.getPending() == 0 && last.equals(g.getLastDeliveredId());
            }
        }
        return false;
    }
}
