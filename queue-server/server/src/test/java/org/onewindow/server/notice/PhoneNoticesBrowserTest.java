package org.onewindow.server.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
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
 * A citizen leaves a mobile number on the phone page behind the ticket's QR code (Chromium at
 * 360 x 640, the demo hall, the simulated gateway): a wrong number is refused on the page and sent
 * nowhere; a good one is shown back masked, and texted when the queue moves and when called.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneNoticesBrowserTest {

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

    @Autowired
    SmsGateway gateway;

    @Test
    void aNumberLeftOnThePhonePageIsShownMaskedAndTextedWhenTheQueueMovesAndWhenCalled() {
        String url = "http://127.0.0.1:" + port;
        HallRestDriver kiosk = HallRestDriver.forDevice(url, HALL, TestDevices.token("kiosk-1"), Duration.ofSeconds(5));
        TicketView ahead = kiosk.issueTicket(new IssueTicketRequest(UUID.randomUUID().toString(), "tax", null, null, null, null));
        TicketView mine = kiosk.issueTicket(new IssueTicketRequest(UUID.randomUUID().toString(), "tax", null, null, null, null));
        HallRestDriver clerk = HallRestDriver.forStaff(url, HALL, "clerk06", "demo-clerk", Duration.ofSeconds(5));
        clerk.signIn("20");
        try (Browser phone = Browser.phone(port, "zh-CN", 360, 640)) {
            phone.driver.get(mine.trackingUrl());
            phone.waitText("#number", mine.number());
            phone.waitVisible("#notice-form");
            phone.type("#notice-mobile", "1381234");
            phone.click("#notice-send");
            phone.waitText("#notice-error", "请输入 11 位手机号码");
            assertThat(sentTo(mine)).isEmpty();

            phone.find("#notice-mobile").clear();
            phone.type("#notice-mobile", "139 0000 1234");
            phone.click("#notice-family");
            phone.click("#notice-send");
            phone.waitText("#notice-text", "139****1234");
            phone.waitText("#notice-text", "家人");
            assertThat(phone.find("body").getText()).doesNotContain("13900001234");
            phone.screenshotAs("phone-notice");

            assertThat(clerk.callNext("20")).map(TicketView::number).contains(ahead.number());
            clerk.finish("20");
            await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(mine).size() == 1);
            assertThat(sentTo(mine).get(0).kind()).isEqualTo("NEAR");
            assertThat(clerk.callNext("20")).map(TicketView::number).contains(mine.number());
            await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(mine).size() == 2);
            assertThat(sentTo(mine).get(1).text()).contains("您家人的号码 " + mine.number(), "请到 20 号窗口");
            phone.waitText("#called-window", "请到 20 号窗口");
            assertThat(phone.find("#notice").isDisplayed()).as("no form once called").isFalse();
        }
    }

    private List<SmsMessage> sentTo(TicketView t) {
        return ((SimulatedSmsGateway) gateway).sent().stream().filter(m -> m.id().contains(t.ticketId()))
                .filter(m -> m.mobile().equals("13900001234")).toList();
    }
}
