package org.onewindow.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.device.printer.PaperStatus;
import org.onewindow.kiosk.queue.Screen;
import org.onewindow.kiosk.testsupport.KioskAgainstServer;
import org.onewindow.kiosk.testsupport.KioskUnderTest;
import org.onewindow.kiosk.testsupport.TcpProxy;
import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.DeviceHealth;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.testsupport.HallRestDriver;

/**
 * The kiosk's flows end to end, headless (TestFX on Monocle): simulated devices, the real queue
 * server on its embedded Redis and broker, a relay that can cut the network.
 */
class KioskFlowsTest extends KioskAgainstServer {


    private KioskUnderTest kiosk(String serverUrl, Duration idle) throws Exception {
        k = KioskUnderTest.start(KioskUnderTest.config(serverUrl, server.mqttUrl(), dir, idle));
        return k;
    }

    private static TicketView issued(KioskUnderTest k) {
        return ((Screen.Issued) k.kiosk.flow().current()).ticket();
    }

    private static String qr(Path png) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(png.toFile()))))).getText();
    }

    @Test
    void swipeChooseAnAreaAndTheTicketPrintsAndWaitsAtTheServer() throws Exception {
        kiosk(server.url(), Duration.ofSeconds(30));
        k.awaitNode("#area-market");

        k.kiosk.devices().simulatedReader().present(SampleCards.ADULT);
        k.awaitScreen(Screen.Home.class, Duration.ofSeconds(5));
        await().until(() -> ((Screen.Home) k.kiosk.flow().current()).identifiedAs().equals("李*"));
        k.tap("#area-market");
        k.tap("#no-item");
        k.awaitNode("#ticket-number");

        TicketView ticket = issued(k);
        assertThat(k.text("#ticket-number")).isEqualTo(ticket.number()).startsWith("B");
        assertThat(k.text("#take-ticket")).isEqualTo("请取走号票");
        assertThat(server.manager().ticket(ticket.ticketId()).status()).isEqualTo("WAITING");
        assertThat(server.manager().ticket(ticket.ticketId()).maskedName()).isEqualTo("李*");
        Path png = k.kiosk.devices().simulatedPrinter().lastTicket();
        // The phone page's address as the server gives it, on the address the kiosk reached it at.
        assertThat(qr(png)).isEqualTo(ticket.trackingUrl()).isEqualTo(server.url() + "/t/linxia/" + ticket.trackingCode());
        assertThat(server.manager().track(ticket.trackingCode()).number()).isEqualTo(ticket.number());
        // And it is called at a window of its area.
        HallRestDriver clerk = HallRestDriver.forStaff(server.url(), "linxia", "clerk04", "demo-clerk", Duration.ofSeconds(5));
        clerk.signIn("4");
        assertThat(clerk.callNext("4")).map(TicketView::number).contains(ticket.number());

        // The same card again in the same area: the ticket held is shown, with a reprint.
        k.tap("#home-button");
        k.kiosk.devices().simulatedReader().remove();
        await().pollDelay(Duration.ofMillis(400)).until(() -> true);
        k.kiosk.devices().simulatedReader().present(SampleCards.ADULT);
        await().until(() -> ((Screen.Home) k.kiosk.flow().current()).identifiedAs().equals("李*"));
        k.tap("#area-market");
        k.tap("#no-item");
        k.awaitNode("#reprint");
        assertThat(((Screen.Issued) k.kiosk.flow().current()).existing()).isTrue();
        assertThat(issued(k).number()).isEqualTo(ticket.number());
    }

    @Test
    void anElderlyCardGivesTheGreenChannelAndAnItemListsItsMaterials() throws Exception {
        kiosk(server.url(), Duration.ofSeconds(30));
        k.awaitNode("#area-social");

        k.tap("#area-social");
        String item = k.kiosk.flow().hall().items().stream().filter(i -> i.areaId().equals("social")
                && !i.materials().isEmpty()).findFirst().orElseThrow().code();
        k.tap("#item-" + item);
        k.awaitNode("#no-id");
        k.kiosk.devices().simulatedReader().present(SampleCards.ELDERLY);
        k.awaitNode("#ticket-number");

        assertThat(issued(k).priority()).isEqualTo("GREEN");
        assertThat(k.text("#green-badge")).isEqualTo("绿色通道");
        k.awaitNode("#materials");
    }

    @Test
    void anAppointmentCodeChecksInAndAForgedOneIsRefused() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        String code = server.manager().bookAppointment(new AppointmentRequest("estate", null, now.toLocalDate().toString(),
                String.format("%02d:%02d", now.getHour(), now.getMinute()), 30,
                new Identity("622901198801010049", "王芳"))).code();
        kiosk(server.url(), Duration.ofSeconds(30));
        k.awaitNode("#area-estate");

        k.scan(code.substring(0, code.length() - 1) + (code.endsWith("A") ? "B" : "A"));
        assertThat(k.text("#notice-text")).isEqualTo("预约码无效，请核对后重试或到服务台咨询");
        k.scan("https://www.example.com/");
        assertThat(k.text("#notice-text")).isEqualTo("无法识别此二维码，请扫描本中心的预约二维码");

        k.scan(code);
        k.awaitNode("#ticket-number");
        assertThat(issued(k).priority()).isEqualTo("APPOINTMENT");
        assertThat(((Screen.Issued) k.kiosk.flow().current()).appointment()).isTrue();
    }

    @Test
    void anUntouchedScreenCountsDownAndGoesHome() throws Exception {
        kiosk(server.url(), Duration.ofSeconds(3));
        k.tap("#area-police");

        k.awaitNode("#countdown");
        await().atMost(Duration.ofSeconds(3)).until(() -> k.text("#countdown").contains("秒后返回首页"));
        k.awaitScreen(Screen.Home.class, Duration.ofSeconds(6));
    }

    @Test
    void withoutPaperTheTicketIsShownWithItsQrCodeAndStaffAreAlerted() throws Exception {
        List<DeviceHealth> health = new CopyOnWriteArrayList<>();
        // Device health is the server's to read: the test listens with its account, as the consoles learn of it.
        try (MqttGateway staff = MqttGateways.connect(MqttOptions.of(server.mqttUrl(), "staff-console-test")
                .withCredentials("onewindow-server", "demo-server-mqtt"))) {
            staff.subscribe(HallTopics.forHall("linxia").deviceHealth("kiosk-1"), 1,
                    (topic, payload, retained) -> health.add(JsonCodec.fromBytes(payload, DeviceHealth.class)));
            kiosk(server.url(), Duration.ofSeconds(30));
            k.kiosk.devices().simulatedPrinter().setStatus(PaperStatus.OUT);
            k.tap("#area-tax");
            k.tap("#no-item");
            k.tap("#no-id");

            k.awaitNode("#not-printed");
            k.awaitNode("#ticket-qr");
            assertThat(server.manager().ticket(issued(k).ticketId()).status()).isEqualTo("WAITING");
            await().atMost(Duration.ofSeconds(10)).until(() -> health.stream().anyMatch(h -> h.components().stream()
                    .anyMatch(c -> c.name().equals("printer") && c.state().equals("FAULT"))));
        }
    }

    @Test
    void serverDownPausesWithin3SecondsAndTheTicketIsIssuedOnceAfterRecovery() throws Exception {
        try (TcpProxy cable = new TcpProxy(server.port())) {
            kiosk("http://127.0.0.1:" + cable.port(), Duration.ofSeconds(60));
            k.tap("#area-fund");
            k.tap("#no-item");
            k.awaitNode("#no-id");
            int before = server.manager().waiting("fund").size();

            cable.cut();
            long start = System.nanoTime();
            k.tap("#no-id");
            k.awaitNode("#paused-text", Duration.ofSeconds(3));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(k.text("#paused-text")).isEqualTo("取号暂停，请到服务台咨询");

            cable.restore();
            k.awaitNode("#ticket-number", Duration.ofSeconds(15));
            assertThat(server.manager().waiting("fund")).hasSize(before + 1);
        }
    }
}
