package org.onewindow.server.console;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.pipeline.EffectGroup;
import org.onewindow.server.testsupport.Breakdowns;
import org.onewindow.server.testsupport.Browser;
import org.onewindow.testsupport.HallRestDriver;

/**
 * The follow-up work of a call and of a finish fails until its cause is mended: the real pipeline
 * tries it, gives it up and parks it, and the manager's console, open on the devices tab, shows it
 * in words at once, says why a retry that fails again failed, and lets it go once a retry succeeds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Breakdowns.Wiring.class)
class ManagerRetriesParkedWorkBrowserTest {

    private static final String HALL = "linxia";
    private static final String WINDOW = "1";
    private static final String CALL_ROW = "#parked tr[data-group='devices']";
    private static final String CASE_ROW = "#parked tr[data-group='records']";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> 0);
        registry.add("onewindow.halls.files", () -> "classpath:halls/linxia.yml");
    }

    @LocalServerPort
    int port;

    @Autowired
    Breakdowns breakdowns;

    @Test
    void parkedWorkIsListedInWordsARetryThatFailsSaysWhyAndOneThatSucceedsClearsIt() {
        HallRestDriver manager = HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, "manager", "demo-manager",
                Duration.ofSeconds(5));
        HallRestDriver clerk = HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, "clerk01", "demo-clerk",
                Duration.ofSeconds(5));
        HallView.Item item = manager.hall().items().stream().filter(i -> i.areaId().equals("invest")).findFirst().orElseThrow();
        try (Browser b = Browser.open(port, "zh-CN")) {
            b.signIn("manager", "demo-manager");
            b.waitUrlContains("manager.html");
            b.waitText("#who", "周建华");
            b.click("#tab-devices");
            b.waitText("#parked", "后续处理全部完成");
            assertThat(b.find("#parked-badge").isDisplayed()).isFalse();

            clerk.signIn(WINDOW);
            TicketView ticket = manager.issueTicket(new IssueTicketRequest(UUID.randomUUID().toString(), "invest",
                    item.code(), null, null, null));
            String number = ticket.number();
            breakdowns.breakFor(EffectGroup.DEVICES, HallEventType.TICKET_CALLED, number, "broker refused the server's account");
            breakdowns.breakFor(EffectGroup.RECORDS, HallEventType.TICKET_FINISHED, number,
                    "no such service item in the hall file: " + item.code());
            assertThat(clerk.callNext(WINDOW)).hasValueSatisfying(t -> assertThat(t.number()).isEqualTo(number));
            clerk.finish(WINDOW, new FinishRequest("ACCEPTED", List.of(), ""));

            // Given up after five tries, and shown without a reload.
            b.waitText(CALL_ROW, "叫号广播 " + number + " → 1 号窗口");
            b.waitText(CASE_ROW, "开办件 " + number);
            b.waitText("#parked-badge", "2");
            assertThat(b.find("#parked-badge").isDisplayed()).isTrue();
            assertThat(b.find(CALL_ROW).getText()).contains("5 次", "broker refused the server's account", "重试")
                    .doesNotContain("IllegalStateException");
            b.screenshot("manager-parked");

            b.click(CALL_ROW + " .retry");
            b.waitText(CALL_ROW + " .retry-answer", "重试仍未成功：broker refused the server's account");
            b.waitText("#parked-badge", "2");

            // In English, the same work in English words.
            b.click("#language");
            b.waitText(CALL_ROW, "Announce the call " + number + " → Window 1");
            b.waitText(CASE_ROW, "Open the case of " + number);
            b.click("#language");
            b.waitText(CALL_ROW, "叫号广播 " + number);

            breakdowns.mend(EffectGroup.DEVICES, HallEventType.TICKET_CALLED, number);
            b.click(CALL_ROW + " .retry");
            b.waitGone(CALL_ROW);
            b.waitText("#parked-badge", "1");
            b.waitText("#toast", "已完成：叫号广播 " + number);

            breakdowns.mend(EffectGroup.RECORDS, HallEventType.TICKET_FINISHED, number);
            b.click(CASE_ROW + " .retry");
            b.waitGone(CASE_ROW);
            b.waitText("#parked", "后续处理全部完成");
            assertThat(b.find("#parked-badge").isDisplayed()).isFalse();
        }
    }
}
