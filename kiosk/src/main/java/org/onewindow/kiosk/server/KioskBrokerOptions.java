package org.onewindow.kiosk.server;

import java.time.Clock;

import org.onewindow.kiosk.config.KioskConfig;
import org.onewindow.protocol.mqtt.MqttOptions;

/**
 * How a kiosk connects to the hall's broker: as itself, with its id as user name and its token
 * (the one it shows the queue server) as password, so the broker lets it touch only its own
 * topics; with its presence; and over TLS trusting the hall's CA when the broker is {@code ssl://}.
 */
public final class KioskBrokerOptions {

    private KioskBrokerOptions() {
    }

    /** @param kind {@link DeviceHealthReporter#KIOSK} or {@link DeviceHealthReporter#TERMINAL} */
    public static MqttOptions of(KioskConfig config, String kind, Clock clock) {
        MqttOptions options = MqttOptions.of(config.mqttUrl(), config.deviceId() + "-" + Long.toHexString(System.nanoTime()))
                .withCredentials(config.deviceId(), config.deviceToken())
                .withTrustStore(config.mqttTrust());
        return DeviceHealthReporter.withPresence(options, config.hallId(), config.deviceId(), kind, clock);
    }
}
