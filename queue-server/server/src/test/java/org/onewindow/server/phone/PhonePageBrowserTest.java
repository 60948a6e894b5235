package org.onewindow.server.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.testsupport.Browser;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.testsupport.HallRestDriver;

/**
 * The citizen's phone page in headless Chromium at a small phone's 360 x 640, against a whole
 * server running the demo hall: a ticket taken at the kiosk, followed from its QR code's address
 * while the clerk at window 5 calls through the REST API, then rated once through its link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhonePageBrowserTest {

    private static final String HALL = "linxia";

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

    private String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Each test has an area of its own: they share the server. */
    private TicketView takeAtTheKiosk(String area, String item) {
        HallRestDriver kiosk = HallRestDriver.forDevice(url(), HALL, TestDevices.token("kiosk-1"), Duration.ofSeconds(5));
        return kiosk.issueTicket(new IssueTicketRequest(UUID.randomUUID().toString(), area, item, null, null, null));
    }

    @Test
    void aCitizenFollowsTheTicketFromItsQrCodeUntilCalledThenRatesTheServiceOnce() {
        HallRestDriver clerk = HallRestDriver.forStaff(url(), HALL, "clerk05", "demo-clerk", Duration.ofSeconds(5));
        clerk.signIn("5");
        TicketView ahead = takeAtTheKiosk("market", null);
        TicketView mine = takeAtTheKiosk("market", "SC001");
        assertThat(mine.trackingUrl()).isEqualTo(url() + "/t/" + HALL + "/" + mine.trackingCode());

        try (Browser phone = Browser.phone(port, "zh-CN", 360, 640)) {
            phone.driver.get(mine.trackingUrl());
            phone.waitText("#number", mine.number());
            phone.waitText("#area", "市场监管");
            phone.waitText("#ahead", "1 人");
            phone.waitText("#estimate", "分钟");
            phone.waitText("#material-list", "公司章程");
            phone.waitText("#link", "实时更新中");
            assertThat(phone.find("#called").isDisplayed()).isFalse();
            phone.screenshotAs("phone-waiting");

            phone.click("#large");
            phone.reload();
            phone.waitText("#number", mine.number());
            assertThat(phone.find("html").getAttribute("class")).contains("large");
            phone.screenshotAs("phone-large");
            phone.click("#large");
            phone.click("#language");
            phone.waitText("#status", "Waiting");
            phone.waitText("#ahead", "1");
            phone.waitText("#estimate", "min");
            phone.screenshotAs("phone-english");
            phone.click("#language");
            phone.waitText("#status", "排队中");

            phone.click("#sound");
            phone.waitText("#sound", "提示音已开启");
            assertThat(clerk.callNext("5")).map(TicketView::number).contains(ahead.number());
            phone.waitText("#ahead", "0 人");
            assertThat(phone.find("#called").isDisplayed()).isFalse();

            clerk.finish("5");
            assertThat(clerk.callNext("5")).map(TicketView::number).contains(mine.number());
            phone.waitText("#called-window", "请到 5 号窗口");
            phone.waitText("#status", "正在呼叫您");
            phone.waitText("#called-note", mine.number() + " 号，请到 5 号窗口办理");
            assertThat(phone.find("body").getAttribute("data-alerts")).isEqualTo("1");
            phone.screenshotAs("phone-called");
            clerk.recall("5");
            phone.waitText("#called-note", "第 1 次重呼");
            assertThat(phone.find("body").getAttribute("data-alerts")).isEqualTo("2");

            clerk.finish("5");
            phone.waitText("#status", "已办结");
            phone.waitVisible("#rate");
            assertThat(phone.findAll("#called[hidden]")).hasSize(1);
            phone.waitText("#explain", "本次服务已办结");
            phone.screenshotAs("phone-finished");

            phone.click("#rate");
            phone.waitUrlContains("/rate.html?t=");
            phone.waitVisible("#level-VERY_SATISFIED");
            phone.click("#level-VERY_SATISFIED");
            phone.click("#rate-submit");
            phone.waitText("#rate-done", "感谢您的评价");

            // Back on the ticket's page, its link rates the same service: refused, as anywhere else.
            phone.driver.get(mine.trackingUrl());
            phone.waitVisible("#rate");
            phone.click("#rate");
            phone.waitVisible("#level-SATISFIED");
            phone.click("#level-SATISFIED");
            phone.click("#rate-submit");
            phone.waitText("#rate-done", "已经评价过了");
        }
        HallRestDriver manager = HallRestDriver.forStaff(url(), HALL, "manager", "demo-manager", Duration.ofSeconds(5));
        assertThat(manager.ratings()).filteredOn(r -> r.ticketId().equals(mine.ticketId())).singleElement()
                .satisfies(r -> {
                    assertThat(r.level()).isEqualTo("VERY_SATISFIED");
                    assertThat(r.channel()).isEqualTo("PHONE");
                });
    }

    @Test
    void withItsStreamRefusedThePageSaysSoAndStillFollowsTheTicketByPolling() throws Exception {
        HallRestDriver clerk = HallRestDriver.forStaff(url(), HALL, "clerk04", "demo-clerk", Duration.ofSeconds(5));
        clerk.signIn("11");
        TicketView ahead = takeAtTheKiosk("social", null);
        TicketView mine = takeAtTheKiosk("social", null);
        List<InputStream> taken = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        try (Browser phone = Browser.phone(port, "zh-CN", 360, 640)) {
            // Other phones hold every stream this ticket may have.
            for (int i = 0; i < TicketStreams.PER_CODE; i++) {
                taken.add(http.send(HttpRequest.newBuilder(URI.create(url() + "/api/halls/" + HALL + "/track/"
                        + mine.trackingCode() + "/live")).header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.ofInputStream()).body());
            }
            phone.driver.get(mine.trackingUrl());
            phone.waitText("#ahead", "1 人");
            phone.waitText("#link", "每 15 秒刷新");

            assertThat(clerk.callNext("11")).map(TicketView::number).contains(ahead.number());
            await().atMost(Duration.ofSeconds(40)).until(() -> phone.find("#ahead").getText().equals("0 人"));
        } finally {
            for (InputStream in : taken) {
                in.close();
            }
        }
    }

    @Test
    void aForgedCodeShowsThatNoSuchTicketExists() {
        try (Browser phone = Browser.phone(port, "zh-CN", 360, 640)) {
            phone.go("/api/halls/" + HALL + "/track/ABCDEFGHJK");
            phone.waitText("#missing", "找不到这张号票");
            phone.waitUrlContains("/t/" + HALL + "/ABCDEFGHJK");
            phone.screenshotAs("phone-not-found");
        }
    }
}
