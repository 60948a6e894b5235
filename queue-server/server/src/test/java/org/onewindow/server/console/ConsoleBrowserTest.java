package org.onewindow.server.console;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.evaluator.EvaluatorClient;
import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.CaseStatusChanged;
import org.onewindow.protocol.message.DeviceHealth;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.message.RatingLevel;
import org.onewindow.protocol.message.RatingResult;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.live.LiveStreams;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.testsupport.Browser;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.protocol.testsupport.FreePorts;
import org.onewindow.testsupport.HallRestDriver;

/**
 * The consoles in real headless Chromium against a whole server running the demo hall: signing
 * in, a ticket's life at a clerk's window, a tidal window opened by the manager reaching the boards
 * over MQTT, and requests refused to the wrong role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleBrowserTest {

    private static final String HALL = "linxia";
    /** No test of this class issues, calls or opens a window for it. */
    private static final String AREA_NO_TEST_SERVES = "justice";
    private static final int MQTT_PORT = FreePorts.any();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> MQTT_PORT);
        registry.add("onewindow.halls.files", () -> "classpath:halls/linxia.yml");
        TestDevices.register(registry, "linxia", TestDevices.Device.atWindow("evaluator-6", "EVALUATOR", "6"),
                TestDevices.Device.atWindow("evaluator-7", "EVALUATOR", "7"), TestDevices.Device.of("test-board", "BOARD"),
                TestDevices.Device.of("kiosk-2", "KIOSK"));
    }

    @LocalServerPort
    int port;

    @Autowired
    QueueReader reader;

    @Autowired
    LiveStreams liveStreams;

    private HallRestDriver manager() {
        return HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, "manager", "demo-manager", Duration.ofSeconds(5));
    }

    @Test
    void aClerkSignsInCallsAndFinishesATicketWithItsOutcome() {
        HallView.Item item = manager().hall().items().stream()
                .filter(i -> i.areaId().equals("invest") && i.materials().size() >= 2).findFirst().orElseThrow();
        TicketView ticket;
        try (Browser b = Browser.open(port, "zh-CN")) {
            b.signIn("clerk01", "demo-clerk");
            b.waitUrlContains("clerk.html");
            b.waitVisible("#choose-1");
            b.screenshot("clerk-windows");
            b.click("#choose-1");
            b.waitText("#nobody-served", "当前没有办理中的号码");

            ticket = manager().issueTicket(new IssueTicketRequest("browser-1", "invest", item.code(), null, null, null));
            // The waiting list follows the hall live, without a reload.
            b.waitText("#waiting-list", ticket.number());
            b.find("body").sendKeys("n");
            b.waitText("#serving-number", ticket.number());
            b.waitText("#serving", item.name());
            b.click("#materials input");
            b.screenshot("clerk-serving");

            b.find("body").sendKeys("f");
            b.waitVisible("#outcome-dialog");
            b.click("input[value=ACCEPTED_WITH_MISSING]");
            b.waitVisible("#missing-box");
            b.find("#missing-other").sendKeys("授权委托书");
            b.screenshot("clerk-finish");
            b.click("#outcome-confirm");
            b.waitText("#nobody-served", "当前没有办理中的号码");
            b.waitText("#served-today", "今日已办 1 件");
        }
        StoredTicket stored = reader.ticket(HALL, ticket.ticketId()).orElseThrow();
        assertThat(stored.status()).isEqualTo(StoredTicket.DONE);
        assertThat(stored.outcome()).isEqualTo("ACCEPTED_WITH_MISSING");
        // The material ticked as handed in is not owed; the others and the one written in are.
        assertThat(stored.missingMaterials()).doesNotContain(item.materials().get(0).name())
                .contains(item.materials().get(1).name(), "授权委托书");
    }

    @Test
    void theEvaluatorRatesAServiceOnceAndABadRatingBecomesAFollowUpTheManagerCloses() throws Exception {
        try (MqttGateway link = MqttGateways.connect(TestDevices.mqtt("tcp://127.0.0.1:" + MQTT_PORT, "evaluator-6"));
             Browser clerk = Browser.open(port, "zh-CN");
             Browser manager = Browser.open(port, "zh-CN")) {
            EvaluatorClient evaluator = new EvaluatorClient(link, HALL, "6", "evaluator-6");
            List<RatingResult> results = new CopyOnWriteArrayList<>();
            evaluator.onResult(results::add);
            clerk.signIn("clerk04", "demo-clerk");
            clerk.waitVisible("#choose-6");
            clerk.click("#choose-6");
            TicketView ticket = manager().issueTicket(new IssueTicketRequest("browser-rated", "market", null, null, null, null));
            clerk.waitText("#waiting-list", ticket.number());
            clerk.click("#call-next");
            clerk.waitText("#serving-number", ticket.number());
            clerk.click("#finish");
            clerk.waitVisible("#outcome-dialog");
            clerk.click("#outcome-confirm");
            clerk.waitText("#nobody-served", "当前没有办理中的号码");

            // The window's evaluator is asked, with a token for this service only.
            await().atMost(Duration.ofSeconds(10)).until(() -> evaluator.pending()
                    .filter(r -> r.ticketId().equals(ticket.ticketId())).isPresent());
            String token = evaluator.pending().orElseThrow().token();
            evaluator.rate(RatingLevel.DISSATISFIED, List.of("LONG_WAIT"), "").get();
            await().atMost(Duration.ofSeconds(10)).until(() -> results.size() == 1);
            assertThat(results.get(0).accepted()).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> evaluator.pending().isEmpty());

            // The same service cannot be rated again, by the phone either.
            try (Browser phone = Browser.open(port, "zh-CN")) {
                phone.go("/rate.html?t=" + token);
                phone.waitVisible("#level-VERY_SATISFIED");
                phone.screenshot("phone-rating");
                phone.click("#level-VERY_SATISFIED");
                phone.click("#rate-submit");
                phone.waitText("#rate-done", "已经评价过了");
            }

            manager.signIn("manager", "demo-manager");
            manager.waitUrlContains("manager.html");
            manager.click("#tab-ratings");
            manager.waitText("#follow-up-" + ticket.ticketId(), "等候时间太长");
            manager.waitText("#ratings-table", "不满意");
            manager.screenshot("manager-ratings");
            manager.type("#follow-up-" + ticket.ticketId() + " .follow-up-note", "已电话回访，致歉");
            manager.click("#follow-up-" + ticket.ticketId() + " .call-back");
            manager.waitText("#follow-up-" + ticket.ticketId(), "已回访");
            manager.type("#follow-up-" + ticket.ticketId() + " .follow-up-note", "高峰时段增开潮汐窗口");
            manager.click("#follow-up-" + ticket.ticketId() + " .resolve");
            manager.waitText("#follow-up-" + ticket.ticketId(), "已整改");
        }
    }

    @Test
    void aCitizenRatesByPhoneAndStaffCannotRate() throws Exception {
        try (MqttGateway link = MqttGateways.connect(TestDevices.mqtt("tcp://127.0.0.1:" + MQTT_PORT, "evaluator-7"))) {
            EvaluatorClient evaluator = new EvaluatorClient(link, HALL, "7", "evaluator-7");
            HallRestDriver clerk = HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, "clerk05", "demo-clerk",
                    Duration.ofSeconds(5));
            clerk.signIn("7");
            TicketView ticket = manager().issueTicket(new IssueTicketRequest("phone-rated", "market", null, null, null, null));
            clerk.callNext("7");
            clerk.finish("7");
            await().atMost(Duration.ofSeconds(10)).until(() -> evaluator.pending()
                    .filter(r -> r.ticketId().equals(ticket.ticketId())).isPresent());
            String path = evaluator.pending().orElseThrow().phonePath();
            try (Browser staff = Browser.open(port, "zh-CN")) {
                staff.signIn("clerk05", "demo-clerk");
                staff.waitUrlContains("clerk.html");
                staff.waitText("#who", "王芳");
                String token = path.substring(path.indexOf("t=") + 2);
                assertThat(fetch(staff, "POST", "/api/ratings", "{\"token\":\"" + token + "\",\"level\":\"VERY_SATISFIED\"}"))
                        .isEqualTo("403 FORBIDDEN");
            }
            try (Browser phone = Browser.open(port, "zh-CN")) {
                phone.go(path);
                phone.waitVisible("#level-VERY_DISSATISFIED");
                phone.click("#level-VERY_DISSATISFIED");
                phone.click("#rate-submit");
                phone.waitText("#rate-error", "请至少选择一个原因");
                phone.click("#reason-ATTITUDE");
                phone.click("#rate-submit");
                phone.waitText("#rate-done", "感谢您的评价");
            }
        }
    }

    @Test
    void aManagerOpensATidalWindowAndTheBoardsHearOfItOverMqtt() throws Exception {
        List<BoardState> boards = new CopyOnWriteArrayList<>();
        try (MqttGateway board = MqttGateways.connect(TestDevices.mqtt("tcp://127.0.0.1:" + MQTT_PORT, "test-board"));
             Browser b = Browser.open(port, "zh-CN")) {
            board.subscribe(HallTopics.forHall(HALL).board(), 1,
                    (topic, payload, retained) -> boards.add(JsonCodec.fromBytes(payload, BoardState.class)));
            b.signIn("manager", "demo-manager");
            b.waitUrlContains("manager.html");
            b.waitVisible("#area-estate");
            b.click("#tab-tidal");
            b.waitVisible("#tidal-28");
            b.click("#tidal-28 input[value=estate]");
            b.type("#tidal-28 .reason", "不动产登记排队过长");
            b.click("#open-28");
            b.waitText("#tidal-28", "开放中");
            b.waitText("#audit-table", "不动产登记排队过长");
            b.screenshot("manager-tidal");

            await().atMost(Duration.ofSeconds(10)).until(() -> boards.stream().anyMatch(s -> s.tidalWindows().stream()
                    .anyMatch(w -> w.windowNo().equals("28") && w.areaIds().equals(List.of("estate")))));

            b.click("#close-28");
            b.waitText("#tidal-28", "未开放");
            await().atMost(Duration.ofSeconds(10)).until(() -> !boards.isEmpty()
                    && boards.get(boards.size() - 1).tidalWindows().isEmpty());
        }
    }

    @Test
    void aManagerSeesTheDevicesAndTheDaysStatistics() throws Exception {
        try (MqttGateway kiosk = MqttGateways.connect(TestDevices.mqtt("tcp://127.0.0.1:" + MQTT_PORT, "kiosk-2"));
             Browser b = Browser.open(port, "zh-CN")) {
            await().atMost(Duration.ofSeconds(10)).until(kiosk::isConnected);
            HallTopics topics = HallTopics.forHall(HALL);
            kiosk.publish(topics.devicePresence("kiosk-2"), JsonCodec.toBytes(new DevicePresence("kiosk-2", "KIOSK", true,
                    Instant.now())), 1, true).get();
            kiosk.publish(topics.deviceHealth("kiosk-2"), JsonCodec.toBytes(new DeviceHealth("kiosk-2", "KIOSK",
                    List.of(new DeviceHealth.Component("printer", "WARNING", "纸将尽")), Instant.now())), 1, true).get();
            HallRestDriver clerk = HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, "clerk08", "demo-clerk",
                    Duration.ofSeconds(5));
            clerk.signIn("20");
            manager().issueTicket(new IssueTicketRequest("stats-1", "tax", null, null, null, null));
            clerk.callNext("20");
            clerk.finish("20");

            b.signIn("manager", "demo-manager");
            b.waitUrlContains("manager.html");
            b.waitText("#who", "周建华");
            b.click("#tab-devices");
            b.waitText("#device-kiosk-2", "打印纸将用完");
            b.click("#tab-stats");
            b.waitVisible("#hourly-chart");
            b.waitText("#stats-tax", "税务办理");
            b.waitText("#stats-table", "合计");
            b.screenshot("manager-statistics");
            String csv = (String) b.script("""
                    const done = arguments[arguments.length - 1];
                    fetch(document.querySelector('#stats-csv').href, {credentials: 'same-origin'})
                      .then(r => r.arrayBuffer()).then(buf => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(buf)));
                    """);
            assertThat(csv).startsWith("\uFEFF").contains("税务办理").contains("合计");
        }
    }

    @Test
    void aClerkIsRefusedWhatIsForManagersAndAnotherClerksWindow() {
        try (Browser b = Browser.open(port, "zh-CN")) {
            b.signIn("clerk02", "demo-clerk");
            b.waitUrlContains("clerk.html");
            b.go("/console/manager.html");
            b.waitUrlContains("clerk.html");
            // The clerk page has loaded (scripts run in it, not in the page left behind).
            b.waitText("#who", "张伟");
            // The pages only hide what a role may not do; the server refuses it whatever the page.
            assertThat(fetch(b, "PUT", "/api/halls/linxia/notice", "{\"text\":\"x\"}")).isEqualTo("403 FORBIDDEN");
            assertThat(fetch(b, "POST", "/api/halls/linxia/tidal/windows/28/open", "{\"areaIds\":[\"estate\"]}"))
                    .isEqualTo("403 FORBIDDEN");
            manager().signIn("9");
            assertThat(fetch(b, "POST", "/api/halls/linxia/windows/9/call-next", "")).isEqualTo("403 FORBIDDEN");
            assertThat(fetch(b, "GET", "/api/halls/linxia/statistics", null)).isEqualTo("403 FORBIDDEN");
        }
    }

    @Test
    void aClerkPausesResumesAndTransfersWithKeysAndTheManagerSetsTheNotice() {
        try (Browser clerk = Browser.open(port, "zh-CN"); Browser manager = Browser.open(port, "zh-CN")) {
            clerk.signIn("clerk03", "demo-clerk");
            clerk.waitVisible("#choose-8");
            clerk.click("#choose-8");
            clerk.waitText("#nobody-served", "当前没有办理中的号码");
            clerk.find("body").sendKeys("p");
            clerk.waitText("#pause-label", "恢复服务");
            assertThat(manager().windows().stream().filter(w -> w.windowNo().equals("8")).findFirst().orElseThrow()
                    .status()).isEqualTo("PAUSED");
            clerk.find("body").sendKeys("p");
            clerk.waitText("#pause-label", "暂停服务");

            TicketView ticket = manager().issueTicket(new IssueTicketRequest("to-transfer", "police", null, null, null, null));
            clerk.waitText("#waiting-list", ticket.number());
            clerk.find("body").sendKeys("n");
            clerk.waitText("#serving-number", ticket.number());
            clerk.find("body").sendKeys("t");
            clerk.waitVisible("#transfer-dialog");
            // To an area no other test here serves: the moved ticket stays waiting there, and must
            // not be the next one called at another test's window, whatever the order of the tests.
            new org.openqa.selenium.support.ui.Select(clerk.find("#transfer-area")).selectByValue(AREA_NO_TEST_SERVES);
            clerk.click("#transfer-confirm");
            clerk.waitText("#nobody-served", "当前没有办理中的号码");
            StoredTicket moved = reader.ticket(HALL, ticket.ticketId()).orElseThrow();
            assertThat(moved.area()).isEqualTo(AREA_NO_TEST_SERVES);
            assertThat(moved.status()).isEqualTo(StoredTicket.WAITING);

            manager.signIn("manager", "demo-manager");
            manager.waitText("#who", "周建华");
            manager.click("#tab-notice");
            manager.waitVisible("#notice-text");
            manager.find("#notice-text").clear();
            manager.find("#notice-text").sendKeys("今日下午系统维护");
            manager.click("#notice-save");
            await().atMost(Duration.ofSeconds(10)).until(() -> manager().board().notice().equals("今日下午系统维护"));
        }
    }

    @Test
    void anAcceptedApplicationBecomesACaseTheManagerMovesToTheLocker() throws Exception {
        List<CaseStatusChanged> events = new CopyOnWriteArrayList<>();
        HallView.Item item = manager().hall().items().stream()
                .filter(i -> i.areaId().equals("estate") && i.promisedDays() > 0).findFirst().orElseThrow();
        try (MqttGateway watcher = MqttGateways.connect(TestDevices.watcher("tcp://127.0.0.1:" + MQTT_PORT, "cases"));
             Browser clerk = Browser.open(port, "zh-CN"); Browser manager = Browser.open(port, "zh-CN")) {
            watcher.subscribe(HallTopics.forHall(HALL).caseStatus(), 1,
                    (topic, payload, retained) -> events.add(JsonCodec.fromBytes(payload, CaseStatusChanged.class))).join();
            clerk.signIn("clerk07", "demo-clerk");
            clerk.waitVisible("#choose-23");
            clerk.click("#choose-23");
            TicketView ticket = manager().issueTicket(new IssueTicketRequest("case-1", "estate", item.code(), null, null, null));
            clerk.waitText("#waiting-list", ticket.number());
            clerk.find("body").sendKeys("n");
            clerk.waitText("#serving-number", ticket.number());
            clerk.find("body").sendKeys("f");
            clerk.waitVisible("#outcome-dialog");
            clerk.click("#outcome-confirm");
            clerk.waitText("#nobody-served", "当前没有办理中的号码");

            manager.signIn("manager", "demo-manager");
            manager.waitText("#who", "周建华");
            manager.click("#tab-cases");
            manager.waitText("#cases-table", ticket.number());
            String row = "#cases-table tr:has(td:nth-child(2))";
            manager.click(row + " .case-step[data-step=IN_REVIEW]");
            manager.waitText("#cases-table", "审查中");
            manager.click(row + " .case-step[data-step=DECIDED]");
            manager.waitText("#cases-table", "已决定");
            manager.screenshot("manager-cases");
            manager.click(row + " .case-step[data-step=READY_LOCKER]");
            manager.waitText("#cases-table", "待领取");
            await().atMost(Duration.ofSeconds(10)).until(() -> events.stream().map(CaseStatusChanged::status).toList()
                    .containsAll(List.of("ACCEPTED", "IN_REVIEW", "DECIDED", "READY")));
            assertThat(events.get(events.size() - 1).pickupMethod()).isEqualTo("LOCKER");
            assertThat(fetch(clerk, "GET", "/api/halls/linxia/cases/supervision", null)).isEqualTo("403 FORBIDDEN");
        }
    }

    @Test
    void aConsoleLeftOpenRecoversWhenItsLiveStreamIsCut() {
        try (Browser b = Browser.open(port, "zh-CN")) {
            b.signIn("clerk06", "demo-clerk");
            b.waitVisible("#choose-12");
            b.click("#choose-12");
            b.waitText("#live-status", "实时");
            // What a server restart does to every open console: the streams end.
            liveStreams.stop();
            liveStreams.start();
            TicketView ticket = manager().issueTicket(new IssueTicketRequest("after-cut", "social", null, null, null, null));
            b.waitText("#waiting-list", ticket.number());
        }
    }

    @Test
    void aChangeWithoutTheXsrfTokenIsRefused() {
        try (Browser b = Browser.open(port, "zh-CN")) {
            b.signIn("clerk07", "demo-clerk");
            b.waitUrlContains("clerk.html");
            b.waitText("#who", "赵敏");
            String reply = (String) b.script("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/halls/linxia/windows/13/sign-in', {method: 'POST', credentials: 'same-origin'})
                      .then(r => r.json().then(j => done(r.status + ' ' + j.code)));
                    """);
            assertThat(reply).isEqualTo("403 CSRF");
            assertThat(manager().windows().stream().filter(w -> w.windowNo().equals("13")).findFirst().orElseThrow()
                    .status()).isEqualTo("CLOSED");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        try (Browser b = Browser.open(port, "zh-CN")) {
            b.signIn("clerk03", "not-the-password");
            b.waitText("#signin-error", "用户名或密码不正确");
            b.screenshot("signin-refused");
            assertThat(b.driver.getCurrentUrl()).endsWith("/console/");
        }
    }

    /** Calls the API from the page with its session and XSRF token; returns "status code". */
    private static String fetch(Browser b, String method, String path, String body) {
        return (String) b.script("""
                const done = arguments[arguments.length - 1];
                const token = decodeURIComponent((document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1] || '');
                fetch(arguments[1], {method: arguments[0], credentials: 'same-origin',
                    headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': token},
                    body: arguments[2] || undefined})
                  .then(r => r.json().then(j => done(r.status + ' ' + j.code)));
                """, method, path, body);
    }

}
