package org.onewindow.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.onewindow.kiosk.config.DeviceSetting;
import org.onewindow.kiosk.device.idcard.SamReaderTwin;
import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.device.serial.JSerialCommLink;
import org.onewindow.kiosk.device.serial.SerialSettings;
import org.onewindow.kiosk.queue.Screen;
import org.onewindow.kiosk.testsupport.KioskAgainstServer;
import org.onewindow.kiosk.testsupport.KioskUnderTest;
import org.onewindow.kiosk.testsupport.PtyPair;

/**
 * A reader that stops answering is not offered to the citizen; scanning and the ticket without ID
 * are. The real SAM driver on a pty pair, a reader twin on the far end, the rendered kiosk.
 */
class DeadReaderFlowsTest extends KioskAgainstServer {

    private PtyPair pty;
    private SamReaderTwin twin;

    @AfterEach
    void unplug() throws Exception {
        stopKiosk();
        twin.close();
        pty.close();
    }

    @Test
    void aSilentReaderIsNotOfferedAndComesBackWhenItAnswersAgain() throws Exception {
        pty = PtyPair.open(dir);
        twin = new SamReaderTwin(JSerialCommLink.open(new SerialSettings(pty.deviceEnd().toString(), 115200)));
        k = KioskUnderTest.start(KioskUnderTest.withReader(
                KioskUnderTest.config(server.url(), server.mqttUrl(), dir, Duration.ofSeconds(30)),
                new DeviceSetting(DeviceSetting.Kind.SERIAL, pty.hostEnd().toString(), 115200)));
        k.awaitNode("#area-market");
        assertThat(k.text("#swipe-hint")).contains("刷身份证");

        twin.silent(true);
        await().atMost(Duration.ofSeconds(15)).until(() -> k.text("#swipe-hint").contains("读卡器暂时无法使用"));
        assertThat(k.text("#swipe-hint")).doesNotContain("刷身份证");
        k.tap("#area-market");
        k.tap("#no-item");
        k.awaitScreen(Screen.Identify.class, Duration.ofSeconds(5));
        assertThat(k.text("#identify-title")).isEqualTo("请扫描预约二维码，或无身份证取号");
        k.awaitNode("#no-id");

        twin.silent(false);
        await().atMost(Duration.ofSeconds(10)).until(() -> k.text("#identify-title").equals("请刷身份证"));
        twin.present(SampleCards.ADULT);
        k.awaitNode("#ticket-number");
    }
}
