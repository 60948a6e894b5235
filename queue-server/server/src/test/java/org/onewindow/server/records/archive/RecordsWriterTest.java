package org.onewindow.server.records.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import redis.clients.jedis.resps.StreamEntry;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventLog;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.queue.TicketRecord;
import org.onewindow.server.rating.RatingService;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.LongFormTickets;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestIds;
import org.onewindow.server.testsupport.TestServer;

/**
 * A day's work on a running server with real Redis and PostgreSQL: every entry of the event log,
 * and the tickets, case, rating and follow-up it changed, arrive in the records once, with the
 * values the hall has; entries done again change nothing, and an older state never replaces a newer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordsWriterTest {

    private static final String HALL = "/api/halls/testhall";
    private static final String KIOSK = Http.bearer("demo-kiosk-token");
    private static final String CLERK_1 = Http.basic("clerk01", "demo-clerk");
    private static final String CLERK_2 = Http.basic("clerk02", "demo-clerk");
    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnifiedJedis redis;

    @Autowired
    RatingService ratings;

    @Autowired
    RecordsArchive archive;

    @Autowired
    TicketRecords tickets;

    private Http http;

    @Test
    void aDaysWorkArrivesOnceWithTheHallsValuesAndDoingItAgainChangesNothing() throws Exception {
        http = new Http(port);
        String served = issue("biz", TestIds.resident("19620417", 31));
        String absent = issue("biz", null);
        String transferred = issue("biz", null);
        String waiting = issue("social", null);

        ok(http.post(HALL + "/windows/1/sign-in", CLERK_1, ""));
        ok(http.post(HALL + "/windows/1/call-next", CLERK_1, ""));
        ok(http.post(HALL + "/windows/1/recall", CLERK_1, ""));
        ok(http.post(HALL + "/windows/1/finish", CLERK_1, "{\"outcome\":\"ACCEPTED\"}"));
        ok(http.post(HALL + "/windows/1/call-next", CLERK_1, ""));
        ok(http.post(HALL + "/windows/1/recall", CLERK_1, ""));
        ok(http.post(HALL + "/windows/1/no-show", CLERK_1, ""));
        ok(http.post(HALL + "/windows/2/sign-in", CLERK_2, ""));
        ok(http.post(HALL + "/windows/2/call-next", CLERK_2, ""));
        ok(http.post(HALL + "/windows/2/transfer", CLERK_2, "{\"toWindowNo\":\"1\"}"));
        ok(http.post(HALL + "/windows/1/call-next", CLERK_1, ""));
        ok(http.post(HALL + "/windows/1/finish", CLERK_1, "{\"outcome\":\"SERVED\"}"));

        String token = ratings.phonePathFor("testhall", served).orElseThrow().replace("/rate.html?t=", "");
        ratings.submit(token, new RatingSubmission(token, "DISSATISFIED", List.of("LONG_WAIT"), "", ""), "PHONE");
        ok(http.post(HALL + "/follow-ups/" + served + "/call-back", MANAGER, "{\"note\":\"called back\"}"));
        String caseNo = await().atMost(Duration.ofSeconds(10)).until(() -> caseOf(served), no -> no != null);
        ok(http.post(HALL + "/cases/" + caseNo + "/status", MANAGER, "{\"status\":\"IN_REVIEW\",\"note\":\"checked\"}"));

        long logged = logLength();
        await().atMost(Duration.ofSeconds(20)).until(() -> count("hall_event") == logLength());
        assertThat(logged).isGreaterThan(15);
        await().atMost(Duration.ofSeconds(10)).until(() -> count("follow_up_record") == 1
                && "CALLED_BACK".equals(jdbc.sql("select status from follow_up_record").query(String.class).single())
                && count("case_step") == 2);

        Map<String, Object> a = ticketRow(served);
        assertThat(a).containsEntry("status", "FINISHED").containsEntry("window_no", "1")
                .containsEntry("window_kind", "COMPREHENSIVE").containsEntry("clerk", "clerk01")
                .containsEntry("channel", "kiosk-1").containsEntry("first_area", "biz").containsEntry("area", "biz")
                .containsEntry("recalls", 1).containsEntry("priority", "NORMAL");
        StoredTicket stored = stored(served);
        assertThat(a.get("person_key")).isEqualTo(stored.person()).isNotNull();
        assertThat(a.get("wait_seconds")).isEqualTo((int) ((stored.calledAt() - stored.issued()) / 1000));
        assertThat(a.get("service_seconds")).isEqualTo((int) ((stored.finishedAt() - stored.lastCalledAt()) / 1000));
        assertThat(a.get("finished_at")).isNotNull();
        assertThat((long) a.get("last_seq")).isEqualTo(lastSeqOf(served));

        assertThat(ticketRow(absent)).containsEntry("status", "NO_SHOW").containsEntry("clerk", "clerk01")
                .containsEntry("finished_at", null).containsEntry("service_seconds", null);
        assertThat(ticketRow(absent).get("no_show_at")).isNotNull();
        assertThat(ticketRow(transferred)).containsEntry("status", "FINISHED").containsEntry("transfers", 1)
                .containsEntry("window_no", "1").containsEntry("clerk", "clerk01").containsEntry("first_area", "biz");
        assertThat(ticketRow(waiting)).containsEntry("status", "WAITING").containsEntry("first_called_at", null)
                .containsEntry("wait_seconds", null).containsEntry("window_no", "").containsEntry("person_key", null)
                .containsEntry("area", "social");
        assertThat(count("ticket_record")).isEqualTo(4);

        Map<String, Object> c = jdbc.sql("select * from case_record").query().singleRow();
        assertThat(c).containsEntry("case_no", caseNo).containsEntry("ticket_id", served).containsEntry("status", "IN_REVIEW")
                .containsEntry("steps", 2).containsEntry("person_key", stored.person()).containsEntry("item_code", "")
                .containsEntry("outcome", "ACCEPTED");
        assertThat(jdbc.sql("select status || '|' || note from case_step order by step_no").query(String.class).list())
                .containsExactly("ACCEPTED|", "IN_REVIEW|checked");

        Map<String, Object> r = jdbc.sql("select * from rating_record").query().singleRow();
        assertThat(r).containsEntry("ticket_id", served).containsEntry("level", "DISSATISFIED")
                .containsEntry("clerk", "clerk01").containsEntry("window_no", "1").containsEntry("channel", "PHONE");
        assertThat(jdbc.sql("select array_to_string(reasons, ',') from rating_record").query(String.class).single())
                .isEqualTo("LONG_WAIT");
        assertThat(jdbc.sql("select call_back_note || '|' || call_back_by from follow_up_record").query(String.class).single())
                .isEqualTo("called back|manager");

        String before = everything();
        List<HallEvent> entries = entries();
        for (int round = 0; round < 2; round++) {
            entries.forEach(archive::apply);
        }
        assertThat(everything()).as("the same entries written twice more").isEqualTo(before);

        // The entry of the call, done late with the ticket as it was then, leaves the finished row as it is.
        HallEvent call = entries.stream().filter(e -> e.type() == HallEventType.TICKET_CALLED && e.ticketId().equals(served))
                .findFirst().orElseThrow();
        ObjectNode asCalled = (ObjectNode) JSON.readTree(LongFormTickets.of(stored(served), ""));
        asCalled.put("status", "CALLED").put("finishedAt", 0);
        tickets.upsert(tickets.row(call, JsonCodec.fromJson(asCalled.toString(), StoredTicket.class)));
        assertThat(everything()).as("after an older state").isEqualTo(before);
    }

    private String issue(String area, String idNumber) {
        String identity = idNumber == null ? "" : ",\"identity\":{\"idNumber\":\"" + idNumber + "\",\"name\":\"欧阳明远\"}";
        Reply reply = http.post(HALL + "/tickets", KIOSK,
                "{\"requestId\":\"" + UUID.randomUUID() + "\",\"areaId\":\"" + area + "\"" + identity + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return JsonCodec.fromJson(reply.body(), org.onewindow.protocol.rest.TicketView.class).ticketId();
    }

    private static void ok(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
    }

    private String caseOf(String ticketId) {
        return redis.hget(HallKeys.of("testhall").caseOfTicket(), ticketId);
    }

    private long logLength() {
        return redis.xlen(HallKeys.of("testhall").events());
    }

    private List<HallEvent> entries() {
        List<StreamEntry> all = redis.xrange(HallKeys.of("testhall").events(), (StreamEntryID) null, (StreamEntryID) null);
        return all.stream().map(e -> HallEventLog.decode("testhall", e).orElseThrow()).toList();
    }

    private long lastSeqOf(String ticketId) {
        return entries().stream().filter(e -> e.ticketId().equals(ticketId)).mapToLong(HallEvent::seq).max().orElseThrow();
    }

    private String json(String ticketId) {
        return redis.hget(HallKeys.of("testhall").tickets(StoredTicket.dayOf(ticketId)), ticketId);
    }

    private StoredTicket stored(String ticketId) {
        return TicketRecord.decode(json(ticketId));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private Map<String, Object> ticketRow(String ticketId) {
        return jdbc.sql("select * from ticket_record where ticket_id = ?").param(ticketId).query().singleRow();
    }

    /** Every row of every table the writer writes, as text, in a fixed order. */
    private String everything() {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("hall_event", "ticket_record", "case_record", "case_step", "rating_record", "follow_up_record")) {
            all.append(table).append('\n');
            jdbc.sql("select t::text from " + table + " t order by t::text").query(String.class).list()
                    .forEach(row -> all.append(row).append('\n'));
        }
        return all.toString();
    }
}
