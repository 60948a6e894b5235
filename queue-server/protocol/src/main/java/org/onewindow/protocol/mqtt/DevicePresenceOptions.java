package org.onewindow.protocol.mqtt;

import java.time.Instant;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.topic.HallTopics;

/**
 * Gives a device's connection its presence: a retained "online" birth on every (re)connect and a
 * retained "offline" last-will, so staff see a device that died without saying goodbye.
 */
public final class DevicePresenceOptions {

    private DevicePresenceOptions() {
    }

    /**
     * @param kind KIOSK, BOARD, WINDOW_SCREEN, EVALUATOR or TERMINAL
     * @param now  when the device connects
     */
    public static MqttOptions withPresence(MqttOptions options, String hallId, String deviceId, String kind, Instant now) {
        String topic = HallTopics.forHall(hallId).devicePresence(deviceId);
        return options.withPresence(
                new MqttOptions.Message(topic, JsonCodec.toBytes(new DevicePresence(deviceId, kind, false, now)), 1, true),
                new MqttOptions.Message(topic, JsonCodec.toBytes(new DevicePresence(deviceId, kind, true, now)), 1, true));
    }
}
