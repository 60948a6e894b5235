package org.onewindow.server.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import redis.clients.jedis.UnifiedJedis;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.protocol.rest.NearTurnNoticeView;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventLog;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.TestServer;

/**
 * Near-turn notices through a running server on the simulated gateway: a number left with the
 * ticket's tracking code is texted once when the area's number of people are ahead and once when
 * the ticket is called, whatever else happens and however often the log is read again; a wrong
 * number, a forged code or a ticket no longer waiting is refused and changes nothing; the number
 * is never logged in clear and is gone with the business day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class NoticesApiTest {

    private static final String HALL = "/api/halls/testhall";
    private static final String KIOSK = Http.bearer("demo-kiosk-token");
    private static final String CLERK = Http.basic("clerk01", "demo-clerk");
    private static final String MOBILE = "13812345678";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    SmsGateway gateway;
    @Autowired
    NearTurnNotices nearTurn;
    @Autowired
    HallEventLog log;
    @Autowired
    UnifiedJedis pool;

    @Test
    void aNumberIsToldOnceWhenThreeAreAheadAndOnceWhenCalledAndNeverLoggedInClear(CapturedOutput output) {
        Http http = new Http(port);
        assertThat(http.post(HALL + "/windows/5/sign-in", CLERK, "").status()).isEqualTo(200);
        drain(http, "5");
        for (int i = 0; i < 5; i++) {
            issue(http, "estate");
        }
        TicketView mine = issue(http, "estate");
        String notices = HALL + "/track/" + mine.trackingCode() + "/notices";

        Http.Reply bad = http.post(notices, null, "{\"mobile\":\"1234\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(JsonCodec.fromJson(bad.body(), ApiError.class).message()).contains("11 digits");
        assertThat(http.post(HALL + "/track/forged-code-000/notices", null, "{\"mobile\":\"" + MOBILE + "\"}").status())
                .isEqualTo(404);
        Http.Reply taken = http.post(notices, null, "{\"mobile\":\"138 1234 5678\"}");
        assertThat(taken.status()).isEqualTo(201);
        NearTurnNoticeView view = JsonCodec.fromJson(taken.body(), NearTurnNoticeView.class);
        assertThat(view.mobile()).isEqualTo("138****5678");
        assertThat(view.aheadAt()).isEqualTo(3);
        assertThat(view.peopleAhead()).isEqualTo(5);

        callNext(http, "5");
        callNext(http, "5");
        await().atMost(Duration.ofSeconds(10)).until(() -> messages(mine).size() == 1);
        SmsMessage near = messages(mine).get(0);
        assertThat(near.kind()).isEqualTo("NEAR");
        assertThat(near.mobile()).isEqualTo(MOBILE);
        assertThat(near.text()).contains(mine.number(), "前面还有 3 位", "不动产登记");

        callNext(http, "5");
        callNext(http, "5");
        callNext(http, "5");
        TicketView called = callNext(http, "5");
        assertThat(called.ticketId()).isEqualTo(mine.ticketId());
        await().atMost(Duration.ofSeconds(10)).until(() -> messages(mine).size() == 2);
        assertThat(messages(mine).get(1).kind()).isEqualTo("CALLED");
        assertThat(messages(mine).get(1).text()).contains(mine.number(), "请到 5 号窗口");

        // The log read again (a crash, a hand-over) sends nothing new.
        log.readAfter("testhall", "0-0", 10_000).stream().filter(e -> e.type() == HallEventType.TICKET_CALLED)
                .forEach(nearTurn::apply);
        assertThat(messages(mine)).hasSize(2);

        // No longer waiting: no new subscription; the number is logged masked only.
        Http.Reply late = http.post(notices, null, "{\"mobile\":\"" + MOBILE + "\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(JsonCodec.fromJson(late.body(), ApiError.class).code()).isEqualTo("NOT_WAITING");
        assertThat(output.getAll()).doesNotContain(MOBILE, "138 1234 5678").contains("138****5678");
    }

    @Test
    void aFamilyMembersNumberIsToldWhoseTicketItIsAndACancelledOneIsForgottenAtOnce() {
        Http http = new Http(port);
        assertThat(http.post(HALL + "/windows/9/sign-in", Http.basic("clerk02", "demo-clerk"), "").status()).isEqualTo(200);
        TicketView grandma = issue(http, "social");
        TicketView other = issue(http, "social");
        String grandmasNotices = HALL + "/track/" + grandma.trackingCode() + "/notices";
        String othersNotices = HALL + "/track/" + other.trackingCode() + "/notices";
        assertThat(http.post(grandmasNotices, null, "{\"mobile\":\"13900001111\",\"family\":true}").status()).isEqualTo(201);
        assertThat(http.post(othersNotices, null, "{\"mobile\":\"13900002222\"}").status()).isEqualTo(201);
        assertThat(http.delete(othersNotices, null).status()).isEqualTo(204);
        assertThat(http.delete(othersNotices, null).status()).isEqualTo(404);

        String day = grandma.ticketId().substring(0, 8);
        long ttl = pool.ttl(HallKeys.of("testhall").notices(day));
        long untilMidnight = LocalDate.parse(day, java.time.format.DateTimeFormatter.BASIC_ISO_DATE).plusDays(1)
                .atStartOfDay(ZoneId.of("Asia/Shanghai")).toEpochSecond() - Instant.now().getEpochSecond();
        assertThat(ttl).as("the numbers expire with the business day").isPositive().isLessThanOrEqualTo(untilMidnight);
        assertThat(pool.hexists(HallKeys.of("testhall").notices(day), other.ticketId())).isFalse();

        drain(http, "9");
        await().atMost(Duration.ofSeconds(10)).until(() -> messages(grandma).stream().anyMatch(m -> m.kind().equals("CALLED")));
        assertThat(messages(grandma)).allSatisfy(m -> assertThat(m.text()).contains("您家人的号码 " + grandma.number()));
        assertThat(messages(other)).isEmpty();
    }

    private List<SmsMessage> messages(TicketView t) {
        return ((SimulatedSmsGateway) gateway).sent().stream().filter(m -> m.id().contains(t.ticketId())).toList();
    }

    private static TicketView issue(Http http, String area) {
        Http.Reply r = http.post(HALL + "/tickets", KIOSK, "{\"requestId\":\"" + UUID.randomUUID() + "\",\"areaId\":\"" + area + "\"}");
        assertThat(r.status()).isEqualTo(201);
        return JsonCodec.fromJson(r.body(), TicketView.class);
    }

    private static TicketView callNext(Http http, String window) {
        String clerk = window.equals("5") ? CLERK : Http.basic("clerk02", "demo-clerk");
        Http.Reply r = http.post(HALL + "/windows/" + window + "/call-next", clerk, "");
        assertThat(r.status()).isEqualTo(200);
        TicketView t = JsonCodec.fromJson(r.body(), TicketView.class);
        assertThat(http.post(HALL + "/windows/" + window + "/finish", clerk, "{}").status()).isEqualTo(200);
        return t;
    }

    /** Serves whatever an earlier test left waiting, so this one counts from an empty queue. */
    private static void drain(Http http, String window) {
        String clerk = window.equals("5") ? CLERK : Http.basic("clerk02", "demo-clerk");
        for (int i = 0; i < 50; i++) {
            Http.Reply r = http.post(HALL + "/windows/" + window + "/call-next", clerk, "");
            if (r.status() != 200 || r.body().isBlank() || r.body().equals("null")) {
                return;
            }
            http.post(HALL + "/windows/" + window + "/finish", clerk, "{}");
        }
    }
}
