package org.onewindow.display;

import java.time.Clock;

import org.onewindow.display.config.DisplayConfig;
import org.onewindow.protocol.mqtt.DevicePresenceOptions;
import org.onewindow.protocol.mqtt.MqttOptions;

/**
 * How a screen connects to the hall's broker: as itself (its user name, by default its id, and its
 * token as password), so the broker lets it read only what its kind shows; with its presence; and
 * over TLS trusting the hall's CA when the broker is {@code ssl://}.
 */
final class DisplayBrokerOptions {

    private DisplayBrokerOptions() {
    }

    static MqttOptions of(DisplayConfig config, Clock clock) {
        MqttOptions options = MqttOptions.of(config.mqttUrl(), "display-" + config.deviceId())
                .withCredentials(config.mqttUsername(), config.mqttPassword())
                .withTrustStore(config.mqttTrust());
        return DevicePresenceOptions.withPresence(options, config.hallId(), config.deviceId(), config.deviceKind(),
                clock.instant());
    }
}
