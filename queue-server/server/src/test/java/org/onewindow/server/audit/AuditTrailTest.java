package org.onewindow.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XReadGroupParams;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.server.database.RecordsSchema;
import org.onewindow.server.redis.LuaScripts;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestServer;

/**
 * The audit trail from Redis into the records, on a whole server with real Redis and PostgreSQL:
 * each entry is written once however many drainers run, an instance's unfinished entries are
 * taken over, and managers, only they, read it back filtered. The drainers are run by the test
 * (the scheduled one waits an hour here), so that each test says when entries move.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailTest {

    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final String CLERK = Http.basic("clerk01", "demo-clerk");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
        registry.add("onewindow.audit.drain-millis", () -> 3_600_000);
    }

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditDrainer drainer;

    @Autowired
    UnifiedJedis redis;

    @Autowired
    LuaScripts scripts;

    @Autowired
    RecordsSchema schema;

    @Autowired
    AuditRecords records;

    @Autowired
    AuditConsumers consumers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEntryIsWrittenOnceHoweverManyInstancesDrainAtOnce() {
        String actor = "once-" + UUID.randomUUID();
        AuditDrainer other = new AuditDrainer(redis, scripts, schema, records, "other-instance", AuditDrainer.DEAD_AFTER);
        for (int i = 0; i < 250; i++) {
            trail.record(actor, "test-action", "testhall", "ticket A" + i, "127.0.0.1", "n=" + i);
        }
        List<CompletableFuture<Integer>> rounds = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> (i % 2 == 0 ? drainer : other).drain())).toList();
        int written = rounds.stream().mapToInt(CompletableFuture::join).sum();
        drainer.drain();
        other.drain();

        assertThat(written).as("each entry was given to one instance").isEqualTo(250);
        assertThat(rows(actor)).isEqualTo(250);
        assertThat(jdbc.sql("select count(distinct detail) from audit_record where actor = ?").param(actor)
                .query(Long.class).single()).isEqualTo(250);
        assertThat(redis.xlen(AuditStream.KEY)).as("written entries leave Redis").isZero();
    }

    @Test
    void entriesLeftByAnInstanceThatDiedAreTakenOverAndAWrittenOneIsNotWrittenAgain() {
        String actor = "dead-" + UUID.randomUUID();
        trail.record(actor, "test-action", "", "", "127.0.0.1", "first");
        trail.record(actor, "test-action", "", "", "127.0.0.1", "second");
        drainer.drain();
        // An instance is given the entries, writes one of them, and dies before it acknowledges either.
        trail.record(actor, "test-action", "", "", "127.0.0.1", "third");
        trail.record(actor, "test-action", "", "", "127.0.0.1", "fourth");
        List<AuditEntry> given;
        given = redis.xreadGroup(AuditStream.GROUP, "died", XReadGroupParams.xReadGroupParams().count(10),
                Map.of(AuditStream.KEY, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY)).get(0).getValue().stream()
                .map(AuditStream::entry).toList();
        assertThat(given).hasSize(2);
        records.write(given.subList(0, 1));

        assertThat(drainer.drain()).as("the entries are the dead one's until it has been quiet long enough").isZero();
        AuditDrainer survivor = new AuditDrainer(redis, scripts, schema, records, "survivor", Duration.ofMillis(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> survivor.drain() == 0 && rows(actor) == 4);
        assertThat(jdbc.sql("select detail from audit_record where actor = ? order by source_id").param(actor)
                .query(String.class).list()).containsExactly("first", "second", "third", "fourth");
    }

    @Test
    void consumersHoldingNothingAreForgottenAndOneHoldingAnEntryIsKept() {
        String actor = "consumers-" + UUID.randomUUID();
        trail.record(actor, "test-action", "", "", "127.0.0.1", "");
        drainer.drain();
        trail.record(actor, "test-action", "", "", "127.0.0.1", "held");
        redis.xgroupCreateConsumer(AuditStream.KEY, AuditStream.GROUP, "started-and-gone");
        assertThat(redis.xreadGroup(AuditStream.GROUP, "holding", XReadGroupParams.xReadGroupParams().count(10),
                Map.of(AuditStream.KEY, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY)).get(0).getValue()).hasSize(1);
        assertThat(consumers.forgetIdle(Duration.ofDays(1))).as("none has been idle a day").isZero();

        assertThat(consumers.forgetIdle(Duration.ZERO)).isPositive();
        assertThat(redis.xinfoConsumers2(AuditStream.KEY, AuditStream.GROUP))
                .extracting(c -> c.getName()).contains("holding").doesNotContain("started-and-gone");
        AuditDrainer survivor = new AuditDrainer(redis, scripts, schema, records, "survivor", Duration.ofMillis(1));
        await().atMost(Duration.ofSeconds(5)).until(() -> survivor.drain() == 0 && rows(actor) == 2);
    }

    @Test
    void managersReadTheTrailFilteredNewestFirstAndClerksMayNot() {
        String actor = "reader-" + UUID.randomUUID();
        trail.record(actor, "tidal-open", "testhall", "window 9", "10.0.0.7", "areas=[biz]");
        trail.record(actor, "tidal-close", "testhall", "window 9", "10.0.0.7", "");
        trail.record(actor, "tidal-open", "otherhall", "window 3", "10.0.0.7", "");
        trail.record("someone-else", "tidal-open", "testhall", "window 9", "10.0.0.7", "");
        drainer.drain();
        Http http = new Http(port);
        // The trail's days are the halls' days: after 16:00 UTC it is already tomorrow in Shanghai.
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        List<AuditEntry> mine = read(http.get("/api/audit?actor=" + actor + "&from=" + today + "&to=" + today, MANAGER));
        assertThat(mine).extracting(AuditEntry::action).containsExactly("tidal-open", "tidal-close", "tidal-open");
        assertThat(mine.get(0).hall()).as("newest first").isEqualTo("otherhall");
        assertThat(mine.get(2).origin()).isEqualTo("10.0.0.7");
        assertThat(mine.get(2).detail()).isEqualTo("areas=[biz]");
        assertThat(read(http.get("/api/audit?actor=" + actor + "&action=tidal-open&hall=testhall", MANAGER)))
                .extracting(AuditEntry::target).containsExactly("window 9");
        assertThat(read(http.get("/api/audit?actor=" + actor + "&limit=1", MANAGER))).hasSize(1);
        assertThat(read(http.get("/api/audit?actor=" + actor + "&to=2020-01-01", MANAGER))).isEmpty();

        assertThat(http.get("/api/audit", CLERK).status()).isEqualTo(403);
        assertThat(http.get("/api/audit", null).status()).isEqualTo(401);
        Reply badDate = http.get("/api/audit?from=2026-13-01", MANAGER);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("INVALID_FIELD").contains("from");
        assertThat(http.get("/api/audit?from=2026-11-02&to=2026-11-01", MANAGER).status()).isEqualTo(400);
        assertThat(http.get("/api/audit?limit=1001", MANAGER).status()).isEqualTo(400);
        assertThat(http.get("/api/audit?limit=many", MANAGER).status()).isEqualTo(400);
    }

    @Test
    void behindTheTrustedProxyTheOriginIsTheClientsOwnAddress() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/halls/testhall/silence"))
                .header("Authorization", MANAGER).header("Content-Type", "application/json")
                .header("X-Forwarded-For", "203.0.113.9")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"silent\":false}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        drainer.drain();
        assertThat(jdbc.sql("select origin from audit_record where action = 'hall-silence' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("203.0.113.9");
    }

    @Test
    void aLineBreakTypedIntoAFieldCannotForgeAnEntry() {
        String actor = "typed-" + UUID.randomUUID();
        trail.record(actor, "green-decline", "testhall", "ticket A001", "127.0.0.1", "reason=no\nmanager sign-in");
        drainer.drain();
        assertThat(jdbc.sql("select detail from audit_record where actor = ?").param(actor).query(String.class).single())
                .isEqualTo("reason=no\\nmanager sign-in");
    }

    private long rows(String actor) {
        return jdbc.sql("select count(*) from audit_record where actor = ?").param(actor).query(Long.class).single();
    }

    private static List<AuditEntry> read(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return List.of(JsonCodec.fromJson(reply.body(), AuditEntry[].class));
    }
}
