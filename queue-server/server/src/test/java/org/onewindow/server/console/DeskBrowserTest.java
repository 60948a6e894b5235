package org.onewindow.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.testsupport.HallRestDriver;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.testsupport.Browser;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.server.testsupport.TestIds;

/**
 * The information desk in real headless Chromium on the demo hall: a guide signs in, finds a
 * ticket by its number, confirms one green-channel request and declines another with a reason,
 * puts a no-show back in the queue, and takes a ticket without ID for a citizen, whose printable
 * page carries its QR code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskBrowserTest {

    private static final String HALL = "linxia";
    private static final String KIOSK = Http.bearer(TestDevices.token("kiosk-1"));
    private static final String CLERK = Http.basic("clerk08", "demo-clerk");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> 0);
        registry.add("onewindow.halls.files", () -> "classpath:halls/linxia.yml");
        TestDevices.register(registry, HALL);
    }

    @LocalServerPort
    int port;

    @Autowired
    QueueReader reader;

    private TicketView kioskTicket(String area, String greenReason) {
        Http.Reply reply = new Http(port).post("/api/halls/linxia/tickets", KIOSK, JsonCodec.toJson(
                new IssueTicketRequest(UUID.randomUUID().toString(), area, null, null, greenReason, null)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return JsonCodec.fromJson(reply.body(), TicketView.class);
    }

    /** A ticket window 8 called, recalled and marked a no-show. */
    private TicketView noShow() {
        TicketView t = kioskTicket("police", null);
        Http http = new Http(port);
        http.post("/api/halls/linxia/windows/8/sign-in", CLERK, "");
        assertThat(http.post("/api/halls/linxia/windows/8/call-next", CLERK, "").status()).isEqualTo(200);
        http.post("/api/halls/linxia/windows/8/recall", CLERK, "");
        assertThat(http.post("/api/halls/linxia/windows/8/no-show", CLERK, "").status()).isEqualTo(200);
        http.post("/api/halls/linxia/windows/8/sign-out", CLERK, "");
        return t;
    }

    @Test
    void aGuideFindsATicketSettlesGreenChannelRequestsReactivatesANoShowAndIssuesATicketWithoutId() {
        TicketView toConfirm = kioskTicket("social", "DISABILITY");
        TicketView missed = noShow();
        TicketView toDecline;
        // A window open for social insurance, so the desk has waits to advise with.
        assertThat(new Http(port).post("/api/halls/linxia/windows/11/sign-in", Http.basic("clerk07", "demo-clerk"), "")
                .status()).isEqualTo(200);
        try (Browser b = Browser.open(port, "zh-CN")) {
            b.signIn("guide01", "demo-guide");
            b.waitUrlContains("desk.html");
            b.waitText("#pending-list", toConfirm.number());
            // A request made at a kiosk while the desk is open appears by itself.
            toDecline = kioskTicket("social", "PREGNANCY");
            b.waitText("#pending-list", toDecline.number());
            b.waitText("#pending-" + toDecline.number(), "孕妇");
            b.waitText("#desk-areas", "医保社保");

            // A ticket by its number, typed as a citizen says it.
            b.find("body").sendKeys("l");
            b.type("#lookup-number", toDecline.number().toLowerCase());
            b.find("#lookup-number").sendKeys("\n");
            b.waitText("#found-number", toDecline.number());
            b.waitText("#found-status", "等候中");
            b.waitText("#found-priority", "绿色通道待确认");
            b.screenshot("desk-lookup");

            b.click("#pending-" + toConfirm.number() + " .confirm-green");
            b.waitGone("#pending-" + toConfirm.number());
            b.click("#pending-" + toDecline.number() + " .decline-green");
            b.waitVisible("#decline-dialog");
            // No reason, no decline.
            b.click("#decline-confirm");
            b.waitText("#decline-error", "请填写原因");
            b.type("#decline-reason", "未出示孕检证明");
            b.screenshot("desk-decline");
            b.click("#decline-confirm");
            b.waitGone("#pending-" + toDecline.number());
            b.waitText("#pending-list", "没有待确认的申请");
            // The ticket on screen follows live: an ordinary ticket now.
            b.waitText("#found-priority", "普通");

            b.type("#lookup-number", missed.number());
            b.find("#lookup-number").sendKeys("\n");
            b.waitText("#found-status", "已过号");
            b.find("body").sendKeys("r");
            b.waitText("#found-status", "等候中");

            b.type("#lookup-number", "Q1");
            b.find("#lookup-number").sendKeys("\n");
            b.waitText("#lookup-error", "号码格式不对");
            b.type("#lookup-number", "Q999");
            b.find("#lookup-number").sendKeys("\n");
            b.waitText("#lookup-error", "今天没有 Q999 号");
            b.type("#lookup-number", missed.number());
            b.find("#lookup-number").sendKeys("\n");
            b.waitText("#found-status", "等候中");
            b.screenshot("desk");

            // For the elderly citizen who came without a card: an area, an item, no ID.
            b.script("const s = document.querySelector('#issue-area'); s.value = 'fund';"
                    + " s.dispatchEvent(new Event('change')); arguments[arguments.length - 1](true);");
            b.click("#issue-button");
            b.waitUrlContains("desk-ticket.html");
            b.waitText("#ticket-number", "E");
            b.waitText("#ticket-area", "住房公积金");
            assertThat(b.script("const img = document.querySelector('#ticket-qr');"
                    + " const done = arguments[arguments.length - 1];"
                    + " const check = () => img.complete ? done(img.naturalWidth > 0) : setTimeout(check, 50); check();"))
                    .isEqualTo(true);
            b.screenshot("desk-ticket");
            String issuedNumber = b.find("#ticket-number").getText();
            TicketView issued = manager().waiting("fund").stream().filter(t -> t.number().equals(issuedNumber))
                    .findFirst().orElseThrow();
            assertThat(issued.maskedName()).isEmpty();
        }
        assertThat(reader.ticket(HALL, toConfirm.ticketId()).orElseThrow().greenReason()).isEqualTo("DISABILITY");
        StoredTicket declined = reader.ticket(HALL, toDecline.ticketId()).orElseThrow();
        assertThat(declined.greenReason()).isEmpty();
        assertThat(declined.priority()).isEqualTo("NORMAL");
        assertThat(reader.ticket(HALL, missed.ticketId()).orElseThrow().status()).isEqualTo(StoredTicket.WAITING);
    }

    @Test
    void aGuideHasNoWindowAndNoManagersPagesAndReadsTheDeskInEitherLanguage() {
        try (Browser b = Browser.open(port, "zh-CN")) {
            b.signIn("guide02", "demo-guide");
            b.waitUrlContains("desk.html");
            b.go("/console/clerk.html");
            b.waitUrlContains("desk.html");
            b.waitVisible("#lookup-number");
            b.click("#language");
            b.waitText("#lookup-title", "Find a ticket");
            b.waitText("#pending-list", "No requests waiting");
            b.screenshot("desk-en");
            b.click("#language");
            b.waitText("#lookup-title", "查询号码");

            // With an ID card: the same person asking again gets the same ticket, said so on its page.
            String idNumber = TestIds.resident("19500101", 23);
            String first = null;
            for (int time = 0; time < 2; time++) {
                b.go("/console/desk.html");
                b.waitVisible("#issue-area");
                b.click("#issue-with-id");
                b.type("#issue-id-number", idNumber);
                b.type("#issue-name", "欧阳秀英");
                b.click("#issue-button");
                b.waitUrlContains("desk-ticket.html");
                b.waitText("#ticket-number", "A");
                String number = b.find("#ticket-number").getText();
                assertThat(b.driver.getPageSource()).doesNotContain(idNumber).doesNotContain("欧阳秀英");
                if (first == null) {
                    first = number;
                    assertThat(b.find("#already").isDisplayed()).isFalse();
                } else {
                    assertThat(number).isEqualTo(first);
                    b.waitText("#already", "此人已持有 " + first + " 号");
                }
            }
        }
        Http http = new Http(port);
        String guide = Http.basic("guide02", "demo-guide");
        assertThat(http.post("/api/halls/linxia/windows/3/sign-in", guide, "").status()).isEqualTo(403);
        assertThat(http.get("/api/halls/linxia/statistics", guide).status()).isEqualTo(403);
        assertThat(http.get("/api/halls/linxia/cases", guide).status()).isEqualTo(403);
    }

    private HallRestDriver manager() {
        return HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, "manager", "demo-manager", Duration.ofSeconds(5));
    }
}
