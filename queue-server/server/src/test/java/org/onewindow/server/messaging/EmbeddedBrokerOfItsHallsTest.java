package org.onewindow.server.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.messaging.gate.GateVerdict;

/**
 * The embedded broker, when some halls are on brokers of their own (ADR 0039), knows only the
 * devices of the halls on it: a device of a hall on another broker is refused as an unknown one.
 */
class EmbeddedBrokerOfItsHallsTest {

    private static final String OTHER_BOARD = HallTopics.forHall("other").board();

    private static byte[] token(String id) {
        return HallBrokers.token(id).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDeviceOfAHallOnAnotherBrokerIsNobodyHere() {
        BrokerAccess everyHall = new BrokerAccess(HallBrokers.registry(), HallBrokers.SERVER_USER, HallBrokers.SERVER_PASSWORD,
                "onewindow-server");
        assertThat(everyHall.judge("k", "kiosk-other", token("kiosk-other"), null)).isEqualTo(GateVerdict.ADMITTED);
        assertThat(everyHall.mayRead("kiosk-other", OTHER_BOARD)).isTrue();

        BrokerAccess linxiaOnly = new BrokerAccess(HallBrokers.registry(), d -> d.hallId().equals("linxia"),
                HallBrokers.SERVER_USER, HallBrokers.SERVER_PASSWORD, "onewindow-server");
        assertThat(linxiaOnly.judge("k", "kiosk-other", token("kiosk-other"), null)).isEqualTo(GateVerdict.BAD_CREDENTIALS);
        assertThat(linxiaOnly.mayRead("kiosk-other", OTHER_BOARD)).isFalse();
        assertThat(linxiaOnly.checkValid("k", "kiosk-other", linxiaOnly.brokerPassword("kiosk-other", token("kiosk-other"))))
                .as("nor by Moquette behind the gate").isFalse();
        assertThat(linxiaOnly.judge("k", "kiosk-1", token("kiosk-1"), null)).isEqualTo(GateVerdict.ADMITTED);
        assertThat(linxiaOnly.judge("s", HallBrokers.SERVER_USER, HallBrokers.SERVER_PASSWORD.getBytes(StandardCharsets.UTF_8), null))
                .isEqualTo(GateVerdict.ADMITTED);
    }
}
