package org.onewindow.server.console;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.client.HallApiException;
import org.onewindow.protocol.message.RecentCall;
import org.onewindow.protocol.rest.CallChosenRequest;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.testsupport.Browser;
import org.onewindow.testsupport.HallRestDriver;

/**
 * The clerk's tools in real headless Chromium against the whole server on the demo hall, mostly by
 * keyboard: 选呼 with a reason, 挂起, calling the next meanwhile, resuming the parked ticket, the
 * silent-calls switch, the serving timer and the item's materials checklist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ClerkToolsBrowserTest {

    private static final String HALL = "linxia";

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
    QueueReader reader;

    private HallRestDriver manager() {
        return HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, "manager", "demo-manager", Duration.ofSeconds(5));
    }

    private HallRestDriver clerk(String user) {
        return HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, user, "demo-clerk", Duration.ofSeconds(5));
    }

    @Test
    void refusalsOverRestAreClearCodesAndTheHallsSwitchIsTheManagersOnly() {
        HallRestDriver clerk = clerk("clerk02");
        clerk.signIn("2");
        TicketView waiting = manager().issueTicket(new IssueTicketRequest("tools-rest", "invest", null, null, null, null));
        long version = reader.version(HALL);
        assertThatThrownBy(() -> clerk.callChosen("2", new CallChosenRequest(waiting.ticketId(), null, "WHIM", null)))
                .isInstanceOfSatisfying(HallApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.error().field()).isEqualTo("reason");
                });
        assertThatThrownBy(() -> clerk.callChosen("2", new CallChosenRequest(null, "Z999", "ARRANGED", null)))
                .isInstanceOfSatisfying(HallApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> clerk.park("2"))
                .isInstanceOfSatisfying(HallApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.error().code()).isEqualTo("NOTHING_TO_PARK");
                });
        assertThatThrownBy(() -> clerk.silenceHall(true))
                .isInstanceOfSatisfying(HallApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(reader.version(HALL)).isEqualTo(version);

        assertThat(manager().silenceHall(true).silent()).isTrue();
        assertThat(clerk.windows().stream().filter(w -> w.windowNo().equals("2")).findFirst().orElseThrow().silent()).isTrue();
        assertThat(manager().silenceHall(false).silent()).isFalse();
        assertThat(clerk.callChosen("2", new CallChosenRequest(null, waiting.number(), "ARRANGED", null)).number())
                .isEqualTo(waiting.number());
    }

    @Test
    void theManagerSwitchesTheHallsSilentCallsOnTheBoardsTab() {
        try (Browser b = Browser.open(port, "zh-CN")) {
            b.signIn("manager", "demo-manager");
            b.waitUrlContains("manager.html");
            b.click("#tab-notice");
            b.waitVisible("#hall-silent");
            b.click("#hall-silent");
            await().atMost(Duration.ofSeconds(5)).until(() -> reader.hallSilence(HALL).orElse(false));
            b.screenshot("manager-silence");
            b.reload();
            b.waitVisible("#hall-silent");
            await().atMost(Duration.ofSeconds(5)).until(() -> b.find("#hall-silent").isSelected());
            b.click("#hall-silent");
            await().atMost(Duration.ofSeconds(5)).until(() -> !reader.hallSilence(HALL).orElse(true));
        }
    }

    @Test
    void aClerkChoosesParksCallsTheNextResumesAndSilencesByKeyboard(CapturedOutput output) {
        HallView.Item item = manager().hall().items().stream()
                .filter(i -> i.areaId().equals("invest") && i.materials().size() >= 2).findFirst().orElseThrow();
        TicketView first = manager().issueTicket(new IssueTicketRequest("tools-1", "invest", null, null, null, null));
        TicketView chosen = manager().issueTicket(new IssueTicketRequest("tools-2", "invest", item.code(), null, null, null));
        try (Browser b = Browser.open(port, "zh-CN")) {
            b.signIn("clerk01", "demo-clerk");
            b.waitVisible("#choose-1");
            b.click("#choose-1");
            b.waitText("#waiting-list", chosen.number());

            // C opens 选呼 on the waiting list: arrows choose the ticket, 1–6 the reason, Enter confirms;
            // "other" needs a note, so the clerk picks another reason.
            b.find("body").sendKeys("c");
            b.waitVisible("#chosen-dialog");
            b.find("#chosen-ticket").sendKeys(Keys.ARROW_DOWN, "6", Keys.ENTER);
            b.waitText("#chosen-error", "请写明原因");
            b.find("#chosen-ticket").sendKeys("3");
            assertThat(b.find("input[value=RETURNED]").isSelected()).isTrue();
            b.screenshot("clerk-call-chosen");
            b.find("#chosen-ticket").sendKeys(Keys.ENTER);
            b.waitText("#serving-number", chosen.number());
            b.waitText("#serving-timer", "已办理 00:0");
            b.waitText("#materials", item.materials().get(1).name());
            b.waitText("#waiting-list", first.number());

            // H parks it; the window calls the next meanwhile; M makes the window's calls silent.
            b.find("body").sendKeys("h");
            b.waitText("#parked-list", chosen.number());
            b.waitText("#parked-for-" + chosen.number(), "已挂起 00:0");
            b.find("body").sendKeys("n");
            b.waitText("#serving-number", first.number());
            b.find("body").sendKeys("m");
            b.waitText("#silence", "无声叫号：开");
            await().atMost(Duration.ofSeconds(5)).until(() -> reader.window(HALL, "1").silent());
            b.screenshot("clerk-parked");

            b.find("body").sendKeys("f");
            b.waitVisible("#outcome-dialog");
            b.click("#outcome-confirm");
            b.waitText("#nobody-served", "当前没有办理中的号码");
            // 1 resumes the first parked ticket, announced on the board as a recall, silently.
            b.find("body").sendKeys("1");
            b.waitText("#serving-number", chosen.number());
            b.waitText("#parked-list", "没有挂起的号码");
            b.screenshot("clerk-resumed");
        }
        RecentCall latest = manager().board().recentCalls().get(0);
        assertThat(latest.ticketNumber()).isEqualTo(chosen.number());
        assertThat(latest.recall()).isTrue();
        assertThat(latest.silent()).isTrue();
        assertThat(output.getAll()).contains("clerk01 call-chosen hall=linxia ticket " + chosen.number()
                + " window=1 reason=RETURNED", "clerk01 park hall=linxia ticket " + chosen.number() + " window=1",
                "clerk01 resume-parked hall=linxia ticket " + chosen.number() + " window=1",
                "clerk01 silence hall=linxia window 1 silent=true");
    }
}
