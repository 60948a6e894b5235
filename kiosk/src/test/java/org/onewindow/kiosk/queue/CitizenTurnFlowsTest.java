package org.onewindow.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.onewindow.kiosk.device.idcard.SampleCards;
import org.onewindow.kiosk.queue.Screen;
import org.onewindow.kiosk.testsupport.KioskAgainstServer;
import org.onewindow.kiosk.testsupport.KioskUnderTest;
import org.onewindow.protocol.testsupport.MutableClock;

/**
 * An identity belongs to one citizen's turn at the kiosk, end to end on the rendered kiosk: a card
 * lifted and left is forgotten before the next person taps, and elderly mode comes and goes with
 * the card that asked for it.
 */
class CitizenTurnFlowsTest extends KioskAgainstServer {

    private final MutableClock clock = new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));

    private Screen.Home home() {
        return k.kiosk.flow().current() instanceof Screen.Home h ? h : null;
    }

    @Test
    void aCardLiftedOnTheHomeScreenIsNotLentToTheNextPerson() throws Exception {
        k = KioskUnderTest.start(KioskUnderTest.config(server.url(), server.mqttUrl(), dir, Duration.ofSeconds(30)), clock);
        k.awaitNode("#area-market");
        k.kiosk.devices().simulatedReader().present(SampleCards.ADULT);
        await().until(() -> home() != null && home().identifiedAs().equals("李*"));
        k.kiosk.devices().simulatedReader().remove();

        // The next person walks up 80 s later.
        clock.advance(Duration.ofSeconds(80));
        await().atMost(Duration.ofSeconds(5)).until(() -> home() != null && home().identifiedAs().isEmpty());
        k.tap("#area-market");
        k.tap("#no-item");

        k.awaitScreen(Screen.Identify.class, Duration.ofSeconds(5));
    }

    @Test
    void anElderlyCardTurnsElderlyModeOnForItsTurnOnly() throws Exception {
        k = KioskUnderTest.start(KioskUnderTest.config(server.url(), server.mqttUrl(), dir, Duration.ofSeconds(30)), clock);
        k.awaitNode("#area-social");
        k.kiosk.devices().simulatedReader().present(SampleCards.ELDERLY);
        await().atMost(Duration.ofSeconds(5)).until(() -> elderlyOnScreen());

        k.tap("#area-social");
        k.tap("#no-item");
        k.awaitNode("#ticket-number");
        assertThat(elderlyOnScreen()).isTrue();
        k.kiosk.devices().simulatedReader().remove();
        k.tap("#home-button");

        await().atMost(Duration.ofSeconds(5)).until(() -> !elderlyOnScreen());
        assertThat(home().identifiedAs()).isEmpty();
    }

    private boolean elderlyOnScreen() {
        return k.elderlyShown();
    }
}
