package org.onewindow.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.TestServer;
import org.onewindow.server.testsupport.Http.Reply;

/** The REST API of a running server on the embedded Redis, called as a kiosk, clerks and a manager would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestApiTest {

    private static final String KIOSK = Http.bearer("demo-kiosk-token");
    private static final String CLERK1 = Http.basic("clerk01", "demo-clerk");
    private static final String CLERK2 = Http.basic("clerk02", "demo-clerk");
    private static final String MANAGER = Http.basic("manager", "demo-manager");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
        // Each test starts from free windows; tickets of earlier tests only add to the queues.
        for (String no : new String[] {"1", "2", "5", "9"}) {
            http.post("/api/halls/testhall/windows/" + no + "/finish", MANAGER, "");
            http.post("/api/halls/testhall/windows/" + no + "/sign-out", MANAGER, "");
        }
    }

    private static String issueBody(String requestId, String area) {
        return "{\"requestId\":\"" + requestId + "\",\"areaId\":\"" + area + "\"}";
    }

    private TicketView issue(String area) {
        Reply reply = http.post("/api/halls/testhall/tickets", KIOSK, issueBody(UUID.randomUUID().toString(), area));
        assertThat(reply.status()).isEqualTo(201);
        return JsonCodec.fromJson(reply.body(), TicketView.class);
    }

    private long version() {
        return JsonCodec.fromJson(http.get("/api/halls/testhall/board", MANAGER).body(), BoardState.class).seq();
    }

    private static ApiError error(Reply reply) {
        return JsonCodec.fromJson(reply.body(), ApiError.class);
    }

    @Test
    void aKioskRetryGetsTheSameTicketWith200() {
        String body = issueBody(UUID.randomUUID().toString(), "social");
        Reply first = http.post("/api/halls/testhall/tickets", KIOSK, body);
        Reply retry = http.post("/api/halls/testhall/tickets", KIOSK, body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(JsonCodec.fromJson(retry.body(), TicketView.class).number())
                .isEqualTo(JsonCodec.fromJson(first.body(), TicketView.class).number());
    }

    @Test
    void aTicketsWholeLifeAtTheWindows() {
        TicketView ticket = issue("social");
        assertThat(http.post("/api/halls/testhall/windows/9/sign-in", CLERK1, "").status()).isEqualTo(200);
        Reply called;
        do {
            called = http.post("/api/halls/testhall/windows/9/call-next", CLERK1, "");
            assertThat(called.status()).isEqualTo(200);
            if (!JsonCodec.fromJson(called.body(), TicketView.class).number().equals(ticket.number())) {
                http.post("/api/halls/testhall/windows/9/finish", CLERK1, "");
            }
        } while (!JsonCodec.fromJson(called.body(), TicketView.class).number().equals(ticket.number()));
        assertThat(http.post("/api/halls/testhall/windows/9/recall", CLERK1, "").status()).isEqualTo(200);
        Reply moved = http.post("/api/halls/testhall/windows/9/transfer", CLERK1, "{\"toWindowNo\":\"2\"}");
        assertThat(JsonCodec.fromJson(moved.body(), TicketView.class).number()).isEqualTo(ticket.number());

        http.post("/api/halls/testhall/windows/2/sign-in", CLERK2, "");
        Reply atTwo = http.post("/api/halls/testhall/windows/2/call-next", CLERK2, "");
        assertThat(JsonCodec.fromJson(atTwo.body(), TicketView.class).number()).isEqualTo(ticket.number());
        Reply done = http.post("/api/halls/testhall/windows/2/finish", CLERK2, "");
        assertThat(JsonCodec.fromJson(done.body(), TicketView.class).status()).isEqualTo("DONE");

        Reply tracked = http.get("/api/halls/testhall/track/" + ticket.trackingCode(), null);
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(JsonCodec.fromJson(tracked.body(), TicketView.class).status()).isEqualTo("DONE");
    }

    @Test
    void badBodiesAreRefusedNamingTheFieldAndChangeNothing() {
        long before = version();
        Reply notJson = http.post("/api/halls/testhall/tickets", KIOSK, "{oops");
        Reply noRequestId = http.post("/api/halls/testhall/tickets", KIOSK, "{\"areaId\":\"biz\"}");
        Reply wrongShape = http.post("/api/halls/testhall/tickets", KIOSK,
                "{\"requestId\":\"r1\",\"areaId\":\"biz\",\"identity\":[1,2]}");
        Reply badId = http.post("/api/halls/testhall/tickets", KIOSK,
                "{\"requestId\":\"r2\",\"areaId\":\"biz\",\"identity\":{\"idNumber\":\"110101197608056896\"}}");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(error(notJson).code()).isEqualTo("INVALID_BODY");
        assertThat(error(noRequestId).field()).isEqualTo("requestId");
        assertThat(error(wrongShape).field()).isEqualTo("identity");
        assertThat(error(badId).field()).isEqualTo("identity.idNumber");
        assertThat(badId.body()).doesNotContain("110101197608056896");
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void unknownThingsAre404AndIllegalTransitions409WithNothingWritten() {
        assertThat(http.get("/api/halls/nohall/board", MANAGER).status()).isEqualTo(404);
        assertThat(http.post("/api/halls/testhall/tickets", KIOSK, issueBody("r404", "nowhere")).status()).isEqualTo(404);
        assertThat(http.get("/api/halls/testhall/windows/77", MANAGER).status()).isEqualTo(404);
        assertThat(http.get("/api/halls/testhall/tickets/20261124-Z999", MANAGER).status()).isEqualTo(404);
        http.post("/api/halls/testhall/windows/5/sign-in", CLERK1, "");
        long before = version();
        Reply finish = http.post("/api/halls/testhall/windows/5/finish", CLERK1, "");
        assertThat(finish.status()).isEqualTo(409);
        assertThat(error(finish).code()).isEqualTo("NOTHING_TO_FINISH");
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void rolesAndWindowsAreEnforced() {
        assertThat(http.get("/api/halls/testhall/board", null).status()).isEqualTo(401);
        assertThat(http.get("/api/halls/testhall/board", Http.basic("clerk01", "wrong")).status()).isEqualTo(401);
        assertThat(http.get("/api/halls/testhall/board", Http.bearer("forged")).status()).isEqualTo(401);
        assertThat(http.post("/api/halls/testhall/windows/1/sign-in", KIOSK, "").status()).isEqualTo(403);
        http.post("/api/halls/testhall/windows/1/sign-in", CLERK1, "");
        Reply otherClerk = http.post("/api/halls/testhall/windows/1/call-next", CLERK2, "");
        assertThat(otherClerk.status()).isEqualTo(403);
        assertThat(error(otherClerk).code()).isEqualTo("FORBIDDEN");
        assertThat(http.put("/api/halls/testhall/notice", CLERK1, "{\"text\":\"x\"}").status()).isEqualTo(403);
        Reply notice = http.put("/api/halls/testhall/notice", MANAGER, "{\"text\":\"今日下午系统维护\"}");
        assertThat(JsonCodec.fromJson(notice.body(), BoardState.class).notice()).isEqualTo("今日下午系统维护");
        assertThat(http.get("/v3/api-docs", null).status()).isEqualTo(200);
    }

    @Test
    void onlyAManagerOpensAndClosesTidalWindowsAndTheBoardShowsThem() {
        String open = "{\"areaIds\":[\"estate\"],\"reason\":\"不动产登记排队过长\"}";
        assertThat(http.post("/api/halls/testhall/tidal/windows/21/open", CLERK1, open).status()).isEqualTo(403);
        assertThat(http.post("/api/halls/testhall/tidal/windows/21/open", MANAGER, open).status()).isEqualTo(200);
        BoardState board = JsonCodec.fromJson(http.get("/api/halls/testhall/board", MANAGER).body(), BoardState.class);
        assertThat(board.tidalWindows()).anyMatch(w -> w.windowNo().equals("21") && w.areaIds().contains("estate"));
        assertThat(http.post("/api/halls/testhall/tidal/windows/21/close", MANAGER, "{\"reason\":\"恢复\"}").status())
                .isEqualTo(200);
        assertThat(http.get("/api/halls/testhall/tidal/audit?limit=2", MANAGER).body()).contains("\"action\":\"CLOSE\"");
        Reply wrongWindow = http.post("/api/halls/testhall/tidal/windows/1/open", MANAGER, open);
        assertThat(wrongWindow.status()).isEqualTo(400);
        assertThat(error(wrongWindow).field()).isEqualTo("windowNo");
    }

    @Test
    void aManagerBooksAKioskChecksInAndAForgedCodeIsRefusedWith422() {
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Shanghai"));
        String booking = "{\"areaId\":\"social\",\"date\":\"" + now.toLocalDate() + "\",\"slotStart\":\""
                + String.format("%02d:%02d", now.getHour(), now.getMinute()) + "\",\"slotMinutes\":30,"
                + "\"identity\":{\"idNumber\":\"622901197511200050\",\"name\":\"赵强\"}}";
        assertThat(http.post("/api/halls/testhall/appointments", KIOSK, booking).status()).isEqualTo(403);
        Reply booked = http.post("/api/halls/testhall/appointments", MANAGER, booking);
        assertThat(booked.status()).isEqualTo(201);
        String code = JsonCodec.fromJson(booked.body(), AppointmentView.class).code();
        long before = version();

        Reply forged = http.post("/api/halls/testhall/appointments/check-in", KIOSK,
                "{\"requestId\":\"r1\",\"code\":\"" + code.substring(0, code.length() - 2) + "xx\"}");
        assertThat(forged.status()).isEqualTo(422);
        assertThat(error(forged).code()).isEqualTo("APPOINTMENT_CODE_INVALID");
        assertThat(version()).isEqualTo(before);

        Reply first = http.post("/api/halls/testhall/appointments/check-in", KIOSK,
                "{\"requestId\":\"r2\",\"code\":\"" + code + "\"}");
        Reply again = http.post("/api/halls/testhall/appointments/check-in", KIOSK,
                "{\"requestId\":\"r3\",\"code\":\"" + code + "\"}");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(JsonCodec.fromJson(again.body(), TicketView.class).number())
                .isEqualTo(JsonCodec.fromJson(first.body(), TicketView.class).number());
    }
}
