package org.onewindow.kiosk.terminal;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.kiosk.config.KioskMode;
import org.onewindow.kiosk.device.idcard.CardKind;
import org.onewindow.kiosk.device.idcard.IdCard;
import org.onewindow.kiosk.testsupport.HallStaff;
import org.onewindow.kiosk.testsupport.KioskUnderTest;
import org.onewindow.kiosk.testsupport.KioskHallServer;
import org.onewindow.server.testsupport.DemoHallServer;

/**
 * What the terminal's end-to-end tests stand on: the real queue server of the test class (its
 * embedded Redis and broker), the hall's staff driving it over REST, and a kiosk in terminal mode
 * made by each test, closed after it.
 */
abstract class TerminalEndToEnd {

    @TempDir
    static Path serverDir;
    static DemoHallServer server;
    static HallStaff staff;

    @TempDir
    Path dir;
    KioskUnderTest k;

    @BeforeAll
    static void startServer() throws Exception {
        server = KioskHallServer.start(serverDir);
        staff = new HallStaff(server);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void stopKiosk() throws Exception {
        if (k != null) {
            k.close();
        }
    }

    /** The terminal on the broker at the address; its server address leads nowhere, so all goes over MQTT. */
    KioskUnderTest terminal(String mqttUrl) throws Exception {
        KioskConfig config = KioskUnderTest.config("http://127.0.0.1:9", mqttUrl, dir, Duration.ofSeconds(60));
        k = KioskUnderTest.start(KioskUnderTest.withMode(config, KioskMode.TERMINAL));
        k.awaitTerminal(TerminalScreen.Welcome.class, Duration.ofSeconds(10));
        return k;
    }

    /** A resident's card whose birth date is the one in its number. */
    static IdCard card(String name, String number) {
        return new IdCard(CardKind.RESIDENT, name, true, LocalDate.parse(number.substring(6, 10) + "-"
                + number.substring(10, 12) + "-" + number.substring(12, 14)), number, "CHN", LocalDate.of(2020, 1, 1),
                Optional.of(LocalDate.of(2040, 1, 1)), null);
    }
}
