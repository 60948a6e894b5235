package org.onewindow.server.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.message.DeviceHealth;
import org.onewindow.protocol.message.DevicePresence;

/** How a device's state follows its messages, live and retained. */
class DeviceStateTest {

    private static final Instant CONNECTED = Instant.parse("2026-11-24T00:30:00Z");
    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

    private static DevicePresence presence(boolean online) {
        return new DevicePresence("kiosk-1", "KIOSK", online, CONNECTED);
    }

    private static DeviceHealth.Component part(String state) {
        return new DeviceHealth.Component("printer", state, "");
    }

    @Test
    void aLastWillHeardLiveIsDatedWhenHeardNotWhenTheDeviceConnected() {
        DeviceState online = DeviceState.unheard("kiosk-1").withPresence(presence(true), true, CONNECTED.plusSeconds(60));
        DeviceState offline = online.withPresence(presence(false), false, NOW);
        assertThat(online.since()).isEqualTo(CONNECTED);
        assertThat(offline.online()).isFalse();
        assertThat(offline.since()).isEqualTo(NOW);
        assertThat(offline.lastHeard()).isEqualTo(NOW);
    }

    @Test
    void aRetainedMessageIsOnlyAsNewAsItsOwnTimeAndTheSameStateAgainKeepsSince() {
        DeviceState heard = DeviceState.unheard("kiosk-1").withPresence(presence(true), false, NOW);
        DeviceState redelivered = heard.withPresence(presence(true), true, NOW.plusSeconds(600));
        assertThat(redelivered.since()).isEqualTo(NOW);
        assertThat(redelivered.lastHeard()).isEqualTo(NOW);
    }

    @Test
    void healthKeepsPresenceAndTheWorstPartCounts() {
        DeviceState state = DeviceState.unheard("kiosk-1").withPresence(presence(true), false, NOW)
                .withHealth(new DeviceHealth("kiosk-1", "KIOSK", List.of(part("OK"), part("WARNING")), NOW), false,
                        NOW.plusSeconds(5));
        assertThat(state.online()).isTrue();
        assertThat(state.view().worstHealth()).isEqualTo("WARNING");
        assertThat(state.view().lastHeard()).isEqualTo(NOW.plusSeconds(5));
        assertThat(state.withoutHealth().view().worstHealth()).isEqualTo("OK");
        assertThat(DeviceState.worst(List.of(part("WARNING"), part("FAULT"), part("OK")))).isEqualTo("FAULT");
        assertThat(DeviceState.worst(List.of(part("OK"), part("SMOKING")))).isEqualTo("WARNING");
    }
}
