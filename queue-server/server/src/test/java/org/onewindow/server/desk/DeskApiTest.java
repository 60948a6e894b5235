package org.onewindow.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.server.testsupport.TestIds;

/** The information desk's operations on a whole server on the demo hall (which asks staff to confirm green-channel requests). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskApiTest {

    private static final String HALL = "/api/halls/linxia";
    private static final String KIOSK = Http.bearer(TestDevices.token("kiosk-1"));
    private static final String GUIDE = Http.basic("guide01", "demo-guide");
    private static final String CLERK = Http.basic("clerk01", "demo-clerk");
    private static final String MANAGER = Http.basic("manager", "demo-manager");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> 0);
        registry.add("onewindow.halls.files", () -> "classpath:halls/linxia.yml");
        TestDevices.register(registry, "linxia");
    }

    @LocalServerPort
    int port;

    @Autowired
    QueueReader reader;

    private Http http;
    private final ListAppender<ILoggingEvent> audit = new ListAppender<>();

    @BeforeEach
    void start() {
        http = new Http(port);
        audit.start();
        ((Logger) LoggerFactory.getLogger("audit")).addAppender(audit);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger("audit")).detachAppender(audit);
    }

    private TicketView issue(String area, String greenReason, String identityJson) {
        String body = "{\"requestId\":\"" + UUID.randomUUID() + "\",\"areaId\":\"" + area + "\""
                + (greenReason == null ? "" : ",\"greenChannelReason\":\"" + greenReason + "\"")
                + (identityJson == null ? "" : ",\"identity\":" + identityJson) + "}";
        Reply reply = http.post(HALL + "/tickets", KIOSK, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return JsonCodec.fromJson(reply.body(), TicketView.class);
    }

    /** The ids of the pending requests, oldest first. */
    private List<String> pending() {
        Reply reply = http.get(HALL + "/green-channel/pending", GUIDE);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        try {
            List<String> ids = new java.util.ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(reply.body()).forEach(t -> ids.add(t.path("ticketId").asText()));
            return ids;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String stored(TicketView t) {
        return JsonCodec.toJson(reader.ticket("linxia", t.ticketId()).orElseThrow());
    }

    private static ApiError error(Reply reply) {
        return JsonCodec.fromJson(reply.body(), ApiError.class);
    }

    private Reply decline(TicketView t, String auth, String reason) {
        return http.post(HALL + "/tickets/" + t.ticketId() + "/green-channel/decline", auth,
                reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}");
    }

    @Test
    void aGuideFindsTodaysTicketByItsNumberWithTheNameMaskedAndNoIdNumber() {
        String idNumber = TestIds.resident("19800101", 31);
        TicketView issued = issue("police", null, "{\"idNumber\":\"" + idNumber + "\",\"name\":\"张三丰\"}");
        Reply reply = http.get(HALL + "/tickets?number=" + issued.number().toLowerCase(), GUIDE);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain(idNumber).doesNotContain("张三丰");
        TicketView found = JsonCodec.fromJson(reply.body(), TicketView.class);
        assertThat(found.ticketId()).isEqualTo(issued.ticketId());
        assertThat(found.maskedName()).startsWith("张").contains("*");
        assertThat(found.status()).isEqualTo("WAITING");
        assertThat(found.areaName()).isEqualTo(issued.areaName());
        assertThat(audit.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("guide01 lookup hall=linxia ticket " + issued.number() + " by number from 127.0.0.1")
                .noneMatch(line -> line.contains(idNumber));
    }

    @Test
    void anUnknownNumberIs404AndAMalformedOne400() {
        assertThat(http.get(HALL + "/tickets?number=Q999", GUIDE).status()).isEqualTo(404);
        for (String bad : new String[] {"", "A1", "12A", "A012;DROP", "%E5%BC%A0"}) {
            Reply reply = http.get(HALL + "/tickets?number=" + bad, GUIDE);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(error(reply).field()).isEqualTo("number");
        }
        assertThat(http.get(HALL + "/tickets", GUIDE).status()).isEqualTo(400);
    }

    @Test
    void devicesMayNotReadTicketsByNumberNorTheirQrCode() {
        TicketView t = issue("police", null, null);
        assertThat(http.get(HALL + "/tickets?number=" + t.number(), KIOSK).status()).isEqualTo(403);
        assertThat(http.get(HALL + "/tickets/" + t.ticketId() + "/qr.svg", KIOSK).status()).isEqualTo(403);
        assertThat(http.get(HALL + "/green-channel/pending", KIOSK).status()).isEqualTo(403);
    }

    @Test
    void pendingRequestsAreListedThenConfirmedOrDeclinedAndBothAreAudited() {
        TicketView first = issue("social", "DISABILITY", null);
        TicketView second = issue("social", "PREGNANCY", null);
        TicketView ordinary = issue("social", null, null);
        assertThat(pending()).contains(first.ticketId(), second.ticketId())
                .doesNotContain(ordinary.ticketId());
        assertThat(http.get(HALL + "/green-channel/pending", GUIDE).body())
                .contains("\"ticketId\":\"" + second.ticketId() + "\"").contains("\"reason\":\"PREGNANCY\"");
        int aheadBefore = JsonCodec.fromJson(http.get(HALL + "/tickets/" + second.ticketId(), GUIDE).body(),
                TicketView.class).peopleAhead();

        Reply confirmed = http.post(HALL + "/tickets/" + first.ticketId() + "/green-channel", GUIDE, "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(JsonCodec.fromJson(confirmed.body(), TicketView.class).greenChannel()).isEqualTo("DISABILITY");

        Reply declined = decline(second, GUIDE, "no certificate shown");
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        TicketView after = JsonCodec.fromJson(declined.body(), TicketView.class);
        assertThat(after.greenChannel()).isEmpty();
        assertThat(after.priority()).isEqualTo("NORMAL");
        // Its place is its own: only the confirmed ticket, now ahead of everyone, may have passed it.
        assertThat(after.peopleAhead()).isBetween(aheadBefore, aheadBefore + 1);
        assertThat(pending()).doesNotContain(first.ticketId(), second.ticketId());
        assertThat(audit.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("guide01 green-channel hall=linxia ticket " + first.number() + " reason=DISABILITY from 127.0.0.1",
                        "guide01 green-decline hall=linxia ticket " + second.number() + " reason=no certificate shown from 127.0.0.1");
    }

    @Test
    void aReasonWithALineBreakCannotForgeAnAuditLine() {
        TicketView t = issue("general", "OTHER", null);
        assertThat(decline(t, GUIDE, "no proof\\nmanager green-channel hall=linxia").status()).isEqualTo(200);
        assertThat(audit.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("guide01 green-decline hall=linxia ticket " + t.number()
                        + " reason=no proof\\nmanager green-channel hall=linxia from 127.0.0.1")
                .noneMatch(line -> line.contains("\n"));
    }

    @Test
    void aDeclineWithoutAReasonIs400AndChangesNothing() {
        TicketView t = issue("social", "MILITARY", null);
        String before = stored(t);
        for (String reason : new String[] {null, "", "   ", "x".repeat(201)}) {
            Reply reply = decline(t, GUIDE, reason);
            assertThat(reply.status()).as(reason).isEqualTo(400);
            assertThat(error(reply).field()).isEqualTo("reason");
        }
        assertThat(stored(t)).isEqualTo(before);
        assertThat(pending()).contains(t.ticketId());
    }

    @Test
    void aDeclineOfATicketWithNoRequestWaitingIs409AndChangesNothing() {
        TicketView ordinary = issue("fund", null, null);
        TicketView confirmed = issue("fund", "OTHER", null);
        http.post(HALL + "/tickets/" + confirmed.ticketId() + "/green-channel", MANAGER, "");
        for (TicketView t : List.of(ordinary, confirmed)) {
            String before = stored(t);
            Reply reply = decline(t, GUIDE, "not needed");
            assertThat(reply.status()).as(reply.body()).isEqualTo(409);
            assertThat(error(reply).code()).isEqualTo("NOT_PENDING");
            assertThat(stored(t)).isEqualTo(before);
        }
        assertThat(decline(ordinary, GUIDE, "x").status()).isEqualTo(409);
        assertThat(http.post(HALL + "/tickets/20000101-A001/green-channel/decline", GUIDE, "{\"reason\":\"x\"}").status())
                .isEqualTo(404);
    }

    @Test
    void aClerkOrADeviceMayNotDeclineAndTheRequestStaysPending() {
        TicketView t = issue("general", "DISABILITY", null);
        String before = stored(t);
        assertThat(decline(t, CLERK, "no").status()).isEqualTo(403);
        assertThat(decline(t, KIOSK, "no").status()).isEqualTo(403);
        assertThat(decline(t, null, "no").status()).isEqualTo(401);
        assertThat(stored(t)).isEqualTo(before);
        assertThat(decline(t, MANAGER, "the manager may").status()).isEqualTo(200);
    }

    @Test
    void aTicketsQrCodeReadsAsItsTrackingAddress() throws Exception {
        TicketView t = issue("tax", null, null);
        Reply reply = http.get(HALL + "/tickets/" + t.ticketId() + "/qr.svg", GUIDE);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(QrSvgReader.decode(reply.body()))
                .isEqualTo("http://127.0.0.1:" + port + "/t/linxia/" + t.trackingCode()).isEqualTo(t.trackingUrl());
        assertThat(http.get(HALL + "/tickets/20000101-A001/qr.svg", GUIDE).status()).isEqualTo(404);
    }
}
