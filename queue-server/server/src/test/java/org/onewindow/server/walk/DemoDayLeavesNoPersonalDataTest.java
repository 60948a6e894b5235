package org.onewindow.server.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.server.rating.RatingService;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestIds;
import org.onewindow.server.testsupport.TestServer;
import org.onewindow.server.ticket.PersonKeys;

/**
 * A day at the hall, through the REST API and the services as the devices and consoles use them:
 * citizens take tickets with their ID cards, are called and served, cases open, services are
 * rated, an appointment is booked and checked in, the information desk takes a ticket for someone. Then every log line, every file of the data
 * directory and every Redis key and value is searched for the citizens' ID numbers (also the last
 * 8 digits and the birth date in them) and full names.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoDayLeavesNoPersonalDataTest {

    private static final String HALL = "/api/halls/testhall";
    private static final ZoneId HALL_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String KIOSK = Http.bearer("demo-kiosk-token");
    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final String CLERK_1 = Http.basic("clerk01", "demo-clerk");
    private static final String CLERK_9 = Http.basic("clerk03", "demo-clerk");
    private static final String GUIDE = Http.basic("guide01", "demo-guide");

    /** ID number → full name; birth dates that no time stamp or ticket number of today can hold. */
    private static final Map<String, String> CITIZENS = new LinkedHashMap<>();

    static {
        CITIZENS.put(TestIds.resident("19620417", 31), "欧阳明远");
        CITIZENS.put(TestIds.resident("19781109", 52), "司马静怡");
        CITIZENS.put(TestIds.resident("19930226", 77), "诸葛晓峰");
        CITIZENS.put(TestIds.resident("19850713", 19), "上官婉儿");
        CITIZENS.put(TestIds.resident("19550308", 64), "慕容雪松");
    }

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    UnifiedJedis redis;

    @Autowired
    RatingService ratings;

    @Autowired
    PersonKeys personKeys;

    private Http http;

    @Test
    void noIdNumberOrFullNameIsLoggedWrittenOrKept(CapturedOutput output) throws Exception {
        http = new Http(port);
        List<String> ids = List.copyOf(CITIZENS.keySet());
        String first = issue(ids.get(0), "biz");
        String second = issue(ids.get(1), "biz");
        String third = issue(ids.get(2), "social");
        ok(http.post(HALL + "/tickets", KIOSK, ticket(ids.get(0), "biz")), "the same person again: the same ticket");

        ok(http.post(HALL + "/windows/1/sign-in", CLERK_1, ""), "sign-in");
        ok(http.post(HALL + "/windows/1/call-next", CLERK_1, ""), "call");
        ok(http.post(HALL + "/windows/1/recall", CLERK_1, ""), "recall");
        ok(http.post(HALL + "/windows/1/finish", CLERK_1, "{\"outcome\":\"ACCEPTED\"}"), "finish");
        ok(http.post(HALL + "/windows/1/call-next", CLERK_1, ""), "call");
        ok(http.post(HALL + "/windows/1/finish", CLERK_1,
                "{\"outcome\":\"ACCEPTED_WITH_MISSING\",\"missingMaterials\":[\"营业执照\"],\"note\":\"\"}"), "finish");
        ok(http.post(HALL + "/windows/9/sign-in", CLERK_9, ""), "sign-in");
        ok(http.post(HALL + "/windows/9/call-next", CLERK_9, ""), "call");
        ok(http.post(HALL + "/windows/9/finish", CLERK_9, "{\"outcome\":\"SERVED\"}"), "finish");

        ratings.submitAtTerminal("testhall", personKeys.of(ids.get(0)), first,
                new RatingSubmission("", "VERY_SATISFIED", List.of(), "", ""));
        ratings.submitAtTerminal("testhall", personKeys.of(ids.get(1)), second,
                new RatingSubmission("", "DISSATISFIED", List.of("LONG_WAIT"), "", ""));
        ratings.submitAtTerminal("testhall", personKeys.of(ids.get(2)), third,
                new RatingSubmission("", "BASIC", List.of(), "", ""));
        ok(http.post(HALL + "/follow-ups/" + second + "/call-back", MANAGER, "{\"note\":\"已回访，致歉\"}"), "call-back");

        JsonNode cases = json(http.get(HALL + "/cases", MANAGER));
        assertThat(cases).hasSize(2);
        String caseNo = cases.get(0).path("caseNo").asText();
        ok(http.post(HALL + "/cases/" + caseNo + "/status", MANAGER, "{\"status\":\"IN_REVIEW\",\"note\":\"\"}"), "case");

        appointmentBookedAndCheckedIn(ids.get(3));
        atTheDesk(ids.get(4));
        String code = json(http.get(HALL + "/tickets/" + first, MANAGER)).path("trackingCode").asText();
        ok(http.get(HALL + "/track/" + code, null), "tracking");
        // The citizen's phone page (docs/phone.md), as the ticket's QR code opens it.
        ok(http.get("/t/testhall/" + code, null), "phone page");
        ok(http.get(HALL + "/statistics", MANAGER), "statistics");
        // The work after the changes (boards, evaluators, records from the event log) has run, and
        // logged what it logs, once the evaluator of window 9 was asked to rate its last service.
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            return third.equals(redis.hget(HallKeys.of("testhall").evaluatorRequests(), "9"));
        });

        PersonalDataSearch search = new PersonalDataSearch();
        CITIZENS.forEach(search::person);
        search.inLog(output.getAll());
        search.inFiles(dataDir);
        search.inRedis(redis);
        assertThat(search.hits()).as("personal data left behind").isEmpty();
        assertThat(search.searched()).as("what was searched").contains(searchedAtLeast());
        assertThat(output.getAll()).as("the day was logged at all").contains("call-next");
    }

    /** Places the search must have looked in: the embedded Redis's file and the day's tickets. */
    String[] searchedAtLeast() {
        return new String[] {"appendonly.aof", "Redis key ow:{testhall}:tickets:"};
    }

    private void appointmentBookedAndCheckedIn(String idNumber) throws Exception {
        ZonedDateTime now = ZonedDateTime.now(HALL_ZONE);
        LocalTime start = now.toLocalTime().minusMinutes(5).withSecond(0).withNano(0);
        LocalDate date = start.isAfter(now.toLocalTime()) ? now.toLocalDate().minusDays(1) : now.toLocalDate();
        Reply booked = http.post(HALL + "/appointments", MANAGER, "{\"areaId\":\"estate\",\"date\":\"" + date
                + "\",\"slotStart\":\"" + start + "\",\"slotMinutes\":30,\"identity\":{\"idNumber\":\"" + idNumber
                + "\",\"name\":\"" + CITIZENS.get(idNumber) + "\"}}");
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String code = json(booked).path("code").asText();
        Reply checkedIn = http.post(HALL + "/appointments/check-in", KIOSK,
                "{\"requestId\":\"" + UUID.randomUUID() + "\",\"code\":\"" + code + "\"}");
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
    }

    /** The guide takes a ticket for an elderly citizen with their ID, finds it by number and prints its QR code. */
    private void atTheDesk(String idNumber) throws Exception {
        Reply issued = http.post(HALL + "/tickets", GUIDE, ticket(idNumber, "social"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        ok(http.get(HALL + "/tickets?number=" + json(issued).path("number").asText(), GUIDE), "desk lookup");
        ok(http.get(HALL + "/tickets/" + json(issued).path("ticketId").asText() + "/qr.svg", GUIDE), "desk QR code");
        ok(http.get(HALL + "/green-channel/pending", GUIDE), "desk pending requests");
    }

    private String issue(String idNumber, String area) throws Exception {
        Reply reply = http.post(HALL + "/tickets", KIOSK, ticket(idNumber, area));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return json(reply).path("ticketId").asText();
    }

    private static String ticket(String idNumber, String area) {
        return "{\"requestId\":\"" + UUID.randomUUID() + "\",\"areaId\":\"" + area + "\",\"identity\":{\"idNumber\":\""
                + idNumber + "\",\"name\":\"" + CITIZENS.get(idNumber) + "\"}}";
    }

    private static void ok(Reply reply, String what) {
        assertThat(reply.status()).as(what + ": " + reply.body()).isBetween(200, 299);
    }

    private static JsonNode json(Reply reply) throws Exception {
        return new ObjectMapper().readTree(reply.body());
    }
}
