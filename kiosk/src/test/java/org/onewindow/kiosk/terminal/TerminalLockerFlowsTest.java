package org.onewindow.kiosk.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.onewindow.kiosk.config.KioskMode;
import org.onewindow.kiosk.device.idcard.IdCard;
import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.device.locker.LockerTwin;
import org.onewindow.kiosk.testsupport.KioskUnderTest;
import org.onewindow.kiosk.testsupport.TcpProxy;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.testsupport.MutableClock;

/**
 * The 24-hour terminal's locker end to end, headless (TestFX on Monocle): results collected, doors
 * that jam or are shut on the documents, pickups recorded after the line comes back. The locker is
 * the real driver on a board twin; the rest as in {@link TerminalFlowsTest}.
 */
class TerminalLockerFlowsTest extends TerminalEndToEnd {

    private static final IdCard ZHAO = card("赵强", "622901197511200050");
    private static final IdCard MA = card("马丽", "622901198506070014");

    @Test
    void afterHoursTheApplicantSeesTheCaseAndCollectsTheResultFromTheLocker() throws Exception {
        CaseView ready = staff.readyInLocker(staff.served(SampleCards.ADULT, "social", "11", "clerk01", "ACCEPTED"));
        int slot = Integer.parseInt(ready.pickupPlace());
        // The hall's own kiosk, at nine in the evening: it has become the 24-hour terminal by itself.
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        MutableClock evening = new MutableClock(LocalDate.now(zone).atTime(21, 0).atZone(zone).toInstant(), zone);
        k = KioskUnderTest.start(KioskUnderTest.withMode(KioskUnderTest.config(server.url(), server.mqttUrl(), dir,
                Duration.ofSeconds(60)), KioskMode.AUTO), evening);
        k.awaitTerminal(TerminalScreen.Welcome.class, Duration.ofSeconds(10));

        k.swipe(SampleCards.ADULT);
        k.awaitTerminal(TerminalScreen.Menu.class, Duration.ofSeconds(10));
        TerminalScreen.Menu menu = (TerminalScreen.Menu) k.kiosk.terminal().current();
        assertThat(menu.maskedName()).isEqualTo("李*");
        assertThat(menu.inLocker()).isEqualTo(1);

        k.tap("#menu-cases");
        assertThat(k.text("#case-status-" + ready.caseNo())).isEqualTo("可领取");
        assertThat(k.text("#case-" + ready.caseNo() + " .material")).contains(slot + "号柜");

        k.tap("#terminal-menu");
        k.tap("#menu-collect");
        k.tap("#collect-" + ready.caseNo());
        k.awaitTerminal(TerminalScreen.LockerOpen.class, Duration.ofSeconds(5));
        LockerTwin board = k.kiosk.devices().lockerTwin();
        assertThat(board.isOpen(slot)).isTrue();
        assertThat(k.text("#locker-open")).contains(slot + "号柜门已打开");

        board.takeAndShut(slot);
        k.awaitTerminal(TerminalScreen.Collected.class, Duration.ofSeconds(5));
        assertThat(((TerminalScreen.Collected) k.kiosk.terminal().current()).recorded()).isTrue();
        assertThat(staff.now(ready.caseNo()).status()).isEqualTo("DELIVERED");
        assertThat(board.timesOpened(slot)).isEqualTo(1);
    }

    @Test
    void aJammedLockOrAResultLeftInsideIsNeverRecordedAsCollected() throws Exception {
        CaseView ready = staff.readyInLocker(staff.served(ZHAO, "fund", "14", "clerk02", "ACCEPTED"));
        int slot = Integer.parseInt(ready.pickupPlace());
        terminal(server.mqttUrl());
        LockerTwin board = k.kiosk.devices().lockerTwin();

        board.jam(slot);
        k.swipe(ZHAO);
        k.tap("#menu-collect");
        k.tap("#collect-" + ready.caseNo());
        k.awaitTerminal(TerminalScreen.Notice.class, Duration.ofSeconds(5));
        assertThat(k.text("#terminal-notice")).contains("柜门未能打开").contains("出件窗口");
        // Staff see it on the device list: the door part of kiosk-1 is at fault, naming the slot.
        await().atMost(Duration.ofSeconds(10)).until(() -> server.manager().devices().stream()
                .filter(d -> d.deviceId().equals("kiosk-1")).flatMap(d -> d.health().stream())
                .anyMatch(h -> h.name().equals("locker-doors") && h.state().equals("FAULT")
                        && h.detail().startsWith(slot + "号柜")));

        // Unjammed by staff; this time the citizen shuts the door without taking the documents.
        k.close();
        terminal(server.mqttUrl());
        board = k.kiosk.devices().lockerTwin();
        board.load(slot);
        k.swipe(ZHAO);
        k.tap("#menu-collect");
        k.tap("#collect-" + ready.caseNo());
        k.awaitTerminal(TerminalScreen.LockerOpen.class, Duration.ofSeconds(5));
        board.shutWithoutTaking(slot);
        k.awaitTerminal(TerminalScreen.Notice.class, Duration.ofSeconds(5));
        assertThat(k.text("#terminal-notice")).contains("未取走" + slot + "号柜");

        CaseView still = staff.now(ready.caseNo());
        assertThat(still.status()).isEqualTo("READY");
        assertThat(still.pickupPlace()).isEqualTo(ready.pickupPlace());
    }

    @Test
    void aPickupMadeWhileTheServerCannotBeReachedIsRecordedLaterEvenAfterARestart() throws Exception {
        CaseView ready = staff.readyInLocker(staff.served(MA, "general", "17", "clerk04", "ACCEPTED"));
        int slot = Integer.parseInt(ready.pickupPlace());
        int brokerPort = Integer.parseInt(server.mqttUrl().substring(server.mqttUrl().lastIndexOf(':') + 1));
        Path kept = dir.resolve("pending-pickups.txt");
        try (TcpProxy cable = new TcpProxy(brokerPort)) {
            terminal("tcp://127.0.0.1:" + cable.port());
            k.swipe(MA);
            k.tap("#menu-collect");
            k.tap("#collect-" + ready.caseNo());
            k.awaitTerminal(TerminalScreen.LockerOpen.class, Duration.ofSeconds(10));
            cable.cut();
            k.kiosk.devices().lockerTwin().takeAndShut(slot);
            k.awaitTerminal(TerminalScreen.Collected.class, Duration.ofSeconds(TerminalLink.ANSWER_TIMEOUT.toSeconds() + 5));
            assertThat(((TerminalScreen.Collected) k.kiosk.terminal().current()).recorded()).isFalse();
            assertThat(staff.now(ready.caseNo()).status()).isEqualTo("READY");
            // Kept on disk as the server's grant: no ID number, no name.
            String onDisk = Files.readString(kept);
            assertThat(onDisk).startsWith("lk2.").doesNotContain(MA.number()).doesNotContain(MA.name());

            // The terminal is restarted, then the line comes back: the pickup is recorded once.
            k.close();
            k = null;
            cable.restore();
            terminal("tcp://127.0.0.1:" + cable.port());
            await().atMost(Duration.ofSeconds(30)).until(() -> staff.now(ready.caseNo()).status().equals("DELIVERED"));
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(kept).isBlank());
            assertThat(staff.now(ready.caseNo()).history()).filteredOn(s -> s.status().equals("DELIVERED")).hasSize(1);
        }
    }
}
