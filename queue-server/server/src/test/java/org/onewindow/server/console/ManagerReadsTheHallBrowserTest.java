package org.onewindow.server.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.DeviceHealth;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.rest.TidalOpenRequest;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.testsupport.Browser;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.protocol.testsupport.FreePorts;
import org.onewindow.testsupport.HallRestDriver;

/**
 * The manager reads the hall in the console's language: window kinds in words, clerks by the name
 * on their account, device faults described in plain words, and a device turning FAULT raised on
 * every open manager console until a manager acknowledges it. Devices speak over the real broker,
 * as kiosks do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagerReadsTheHallBrowserTest {

    private static final String HALL = "linxia";
    private static final int MQTT_PORT = FreePorts.any();
    private static final HallTopics TOPICS = HallTopics.forHall(HALL);
    private static final String NO_ANSWER = "find card: no answer within 500 ms";
    private static final String KIOSK_7_ALERT = "#device-alerts .device-alert[data-device='kiosk-7']";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> MQTT_PORT);
        registry.add("onewindow.halls.files", () -> "classpath:halls/linxia.yml");
        TestDevices.register(registry, "linxia", TestDevices.Device.atWindow("screen-24", "WINDOW_SCREEN", "24"),
                TestDevices.Device.of("kiosk-7", "KIOSK"), TestDevices.Device.of("kiosk-8", "KIOSK"));
    }

    @LocalServerPort
    int port;

    @Test
    void theHallViewNamesWindowKindsInWordsAndClerksByTheirNames() throws Exception {
        List<String> screens = new CopyOnWriteArrayList<>();
        try (MqttGateway screen = MqttGateways.connect(TestDevices.mqtt("tcp://127.0.0.1:" + MQTT_PORT, "screen-24"))) {
            screen.subscribe(TOPICS.windowScreen("24"), 1,
                    (topic, payload, retained) -> screens.add(new String(payload, StandardCharsets.UTF_8))).get();
            seeTheHall();
            // The window's own screen, in front of citizens, names no member of staff.
            await().atMost(Duration.ofSeconds(10)).until(() -> screens.stream().anyMatch(s -> s.contains("\"OPEN\"")));
            assertThat(screens).noneMatch(s -> s.contains("王芳") || s.contains("clerk05"));
        }
    }

    private void seeTheHall() {
        clerk("clerk01").signIn("17");
        clerk("clerk07").signIn("23");
        HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, "manager", "demo-manager", Duration.ofSeconds(5))
                .openTidal("29", new TidalOpenRequest(List.of("estate"), "不动产登记排队过长"));
        try (Browser clerk = Browser.open(port, "zh-CN"); Browser manager = Browser.open(port, "zh-CN")) {
            clerk.signIn("clerk05", "demo-clerk");
            clerk.waitVisible("#choose-24");
            clerk.click("#choose-24");
            clerk.waitText("#nobody-served", "当前没有办理中的号码");
            clerk.waitText("#who", "王芳");
            assertThat(clerk.find("#who").getText()).doesNotContain("clerk05");

            manager.signIn("manager", "demo-manager");
            manager.waitUrlContains("manager.html");
            manager.waitText("#window-24", "王芳");
            manager.waitText("#window-24", "综合受理窗口");
            manager.waitText("#window-28", "潮汐窗口");
            manager.waitText("#window-26", "专业窗口");
            manager.waitText("#window-31", "统一出件窗口");
            manager.waitText("#window-23", "赵敏");
            manager.waitText("#window-29", "潮汐窗口 → 不动产登记");
            assertThat(manager.find("#windows-table").getText())
                    .doesNotContain("COMPREHENSIVE", "TIDAL", "SPECIALISED", "clerk05", "clerk01");
            manager.screenshot("manager-hall");
            manager.scrollTo("#window-14");
            manager.screenshot("manager-windows");

            // In English the kinds are English words; the names stay the names.
            manager.click("#language");
            manager.waitText("#window-24", "Comprehensive window");
            manager.waitText("#window-28", "Tidal window");
            manager.waitText("#window-24", "王芳");

            // The clerk choosing a window sees colleagues by name too.
            try (Browser other = Browser.open(port, "zh-CN")) {
                other.signIn("clerk06", "demo-clerk");
                other.waitText("#choose-24", "王芳");
            }
        }
    }

    @Test
    void aReaderFaultIsRaisedOnEveryManagerConsoleUntilAcknowledgedAndANewFaultRaisesItAgain() throws Exception {
        try (MqttGateway kiosk = MqttGateways.connect(TestDevices.mqtt("tcp://127.0.0.1:" + MQTT_PORT, "kiosk-7"));
             Browser first = Browser.open(port, "zh-CN"); Browser second = Browser.open(port, "zh-CN")) {
            await().atMost(Duration.ofSeconds(10)).until(kiosk::isConnected);
            kiosk.publish(TOPICS.devicePresence("kiosk-7"), JsonCodec.toBytes(new DevicePresence("kiosk-7", "KIOSK", true,
                    Instant.now())), 1, true).get();
            reader(kiosk, "OK", "正常");
            openManager(first, "hall");
            openManager(second, "devices");
            second.waitText("#device-kiosk-7", "正常");
            first.waitPresent("#device-alerts[data-count]");
            assertThat(first.findAll(KIOSK_7_ALERT)).isEmpty();

            reader(kiosk, "FAULT", NO_ANSWER);
            for (Browser manager : List.of(first, second)) {
                manager.waitText(KIOSK_7_ALERT, "身份证读卡器");
                manager.waitText(KIOSK_7_ALERT, "读卡器无应答");
                manager.waitText(KIOSK_7_ALERT, "kiosk-7");
                assertThat(manager.find(KIOSK_7_ALERT).getText()).doesNotContain("no answer");
            }
            second.waitText("#device-kiosk-7", "读卡器无应答");
            assertThat(second.find("#device-kiosk-7").getText()).doesNotContain("no answer");
            first.screenshot("manager-device-alert");

            first.click(KIOSK_7_ALERT + " .acknowledge");
            for (Browser manager : List.of(first, second)) {
                manager.waitGone(KIOSK_7_ALERT);
            }
            // Still faulty, and the devices tab says who has taken it on.
            second.waitText("#device-kiosk-7", "读卡器无应答");
            second.waitText("#device-kiosk-7", "已确认");
            first.reload();
            first.waitVisible("#area-estate");
            first.waitPresent("#device-alerts[data-count]");
            assertThat(first.findAll(KIOSK_7_ALERT)).isEmpty();

            // The reader recovers and fails again: a new fault, a new alert on every console.
            reader(kiosk, "OK", "正常");
            second.waitText("#device-kiosk-7", "正常");
            reader(kiosk, "FAULT", NO_ANSWER);
            for (Browser manager : List.of(first, second)) {
                manager.waitVisible(KIOSK_7_ALERT);
                manager.waitText(KIOSK_7_ALERT, "读卡器无应答");
            }
            takenOutOfService(kiosk, "kiosk-7");
            first.waitGone(KIOSK_7_ALERT);
        }
    }

    @Test
    void aFaultTheConsoleDoesNotKnowShowsThePartInWordsAndTheDevicesOwnText() throws Exception {
        try (MqttGateway kiosk = MqttGateways.connect(TestDevices.mqtt("tcp://127.0.0.1:" + MQTT_PORT, "kiosk-8"));
             Browser manager = Browser.open(port, "zh-CN")) {
            await().atMost(Duration.ofSeconds(10)).until(kiosk::isConnected);
            kiosk.publish(TOPICS.devicePresence("kiosk-8"), JsonCodec.toBytes(new DevicePresence("kiosk-8", "KIOSK", true,
                    Instant.now())), 1, true).get();
            kiosk.publish(TOPICS.deviceHealth("kiosk-8"), JsonCodec.toBytes(new DeviceHealth("kiosk-8", "KIOSK", List.of(
                    new DeviceHealth.Component("printer", "WARNING", "纸将尽"),
                    new DeviceHealth.Component("scanner", "FAULT", "lens fogged")), Instant.now())), 1, true).get();
            openManager(manager, "devices");
            manager.waitText("#device-kiosk-8", "打印纸将用完");
            manager.waitText("#device-kiosk-8", "扫码器");
            manager.waitText("#device-kiosk-8", "扫码器：故障");
            manager.waitText("#device-kiosk-8 small", "lens fogged");
            manager.waitText("#device-alerts .device-alert[data-device='kiosk-8']", "扫码器");
            manager.screenshot("manager-devices");
            takenOutOfService(kiosk, "kiosk-8");
            manager.waitGone("#device-alerts .device-alert[data-device='kiosk-8']");
            manager.waitGone("#device-kiosk-8");
        }
    }

    private static void reader(MqttGateway kiosk, String state, String detail) throws Exception {
        kiosk.publish(TOPICS.deviceHealth("kiosk-7"), JsonCodec.toBytes(new DeviceHealth("kiosk-7", "KIOSK",
                List.of(new DeviceHealth.Component("idcard-reader", state, detail)), Instant.now())), 1, true).get();
    }

    /** What taking a device out of service does: its retained presence and health are cleared, its faults end. */
    private static void takenOutOfService(MqttGateway device, String deviceId) throws Exception {
        device.publish(TOPICS.deviceHealth(deviceId), new byte[0], 1, true).get();
        device.publish(TOPICS.devicePresence(deviceId), new byte[0], 1, true).get();
    }

    private HallRestDriver clerk(String username) {
        return HallRestDriver.forStaff("http://127.0.0.1:" + port, HALL, username, "demo-clerk", Duration.ofSeconds(5));
    }

    private static void openManager(Browser b, String tab) {
        b.signIn("manager", "demo-manager");
        b.waitUrlContains("manager.html");
        // The page is wired once it shows who is signed in.
        b.waitText("#who", "周建华");
        b.click("#tab-" + tab);
        b.waitUrlContains("#" + tab);
    }

}
