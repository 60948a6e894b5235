package org.onewindow.kiosk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.kiosk.config.KioskMode;
import org.onewindow.kiosk.hours.HallCalendar;
import org.onewindow.kiosk.terminal.TerminalScreen;
import org.onewindow.kiosk.testsupport.KioskAgainstServer;
import org.onewindow.kiosk.testsupport.KioskUnderTest;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.rest.HallView;
import org.onewindow.protocol.testsupport.MosquittoProcess;
import org.onewindow.protocol.testsupport.MutableClock;

/**
 * A hall kiosk at night (the 24-hour terminal, which lives on the broker) on a Mosquitto that
 * checks user names and passwords: with its token it is let in as itself; a broker that holds
 * another password for it refuses it, and the kiosk keeps running and says it is offline.
 */
class KioskOnACheckingBrokerTest extends KioskAgainstServer {

    private static final String OBSERVER = "staff-observer";

    @TempDir
    Path brokerDir;
    private MosquittoProcess broker;
    private MqttGateway observer;

    @AfterEach
    void stopBroker() throws Exception {
        // The broker is a process of its own: it is stopped whatever else fails here.
        try {
            stopKiosk();
            if (observer != null) {
                observer.close();
            }
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    private void startBroker(String kioskPassword) {
        assumeTrue(MosquittoProcess.available(), "no mosquitto on this machine");
        broker = new MosquittoProcess(MosquittoProcess.onlyUsers(brokerDir,
                Map.of("kiosk-1", kioskPassword, OBSERVER, "observer-secret")));
    }

    private void startKioskAtNight() throws Exception {
        HallView hall = server.manager().hall();
        ZoneId zone = ZoneId.of(hall.timeZone());
        LocalDate day = new HallCalendar(hall).workingDaysAfter(Instant.now(), 1, 14).get(0);
        MutableClock clock = new MutableClock(day.atTime(LocalTime.of(22, 30)).atZone(zone).toInstant(), zone);
        KioskConfig config = KioskUnderTest.withMode(KioskUnderTest.config(server.url(), broker.uri(), dir,
                Duration.ofSeconds(60)), KioskMode.AUTO);
        k = KioskUnderTest.start(config, clock);
    }

    @Test
    void withItsTokenTheKioskIsLetInAsItself() throws Exception {
        startBroker("demo-kiosk-token");
        observer = MqttGateways.connect(MqttOptions.of(broker.uri(), OBSERVER).withCredentials(OBSERVER, "observer-secret"));
        List<String> presence = new CopyOnWriteArrayList<>();
        observer.subscribe("hall/v1/+/devices/kiosk-1/presence", 1,
                (topic, payload, retained) -> presence.add(new String(payload, StandardCharsets.UTF_8)));

        startKioskAtNight();

        await().atMost(Duration.ofSeconds(10)).until(() -> presence.stream().anyMatch(p -> p.contains("\"online\":true")));
        assertThat(broker.logged("u'kiosk-1'")).as("connected under its own user name").isPositive();
        // The first probe may have run before the connection was made.
        await().atMost(Duration.ofSeconds(10)).until(() -> k.kiosk.terminal().current() instanceof TerminalScreen.Welcome w
                && !w.offline());
    }

    @Test
    void refusedByTheBrokerTheKioskKeepsRunningAndSaysItIsOffline() throws Exception {
        startBroker("the-broker-holds-another-password");

        startKioskAtNight();

        k.awaitTerminal(TerminalScreen.Welcome.class, Duration.ofSeconds(5));
        k.awaitNode("#terminal-offline");
        // Refused again and again, and still up: the screen still answers.
        await().atMost(Duration.ofSeconds(15)).until(() -> broker.logged("not authorised") >= 3);
        k.robot.interact(k.kiosk::tick);
        k.awaitNode("#terminal-offline");
        assertThat(((TerminalScreen.Welcome) k.kiosk.terminal().current()).offline()).isTrue();
        assertThat(broker.logged("New client connected")).isZero();
    }
}
