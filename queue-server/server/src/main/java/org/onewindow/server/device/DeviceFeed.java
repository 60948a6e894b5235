package org.onewindow.server.device;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.json.MalformedPayloadException;
import org.onewindow.protocol.message.DeviceHealth;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.error.LogSafe;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.live.LiveStreams;
import org.onewindow.server.messaging.HallMessaging;

/**
 * Reads every device's retained presence and health of each hall into the {@link DeviceDirectory}.
 * A message must name the device of its topic and say when; anything else is logged and ignored,
 * like every reader does (docs/mqtt.md). An empty message clears a retained topic. A part turning
 * FAULT raises an alert ({@link DeviceAlerts}); open consoles are told the devices changed.
 */
@Component
class DeviceFeed {

    private static final Logger log = LoggerFactory.getLogger(DeviceFeed.class);

    private final DeviceDirectory directory;
    private final DeviceAlerts alerts;
    private final LiveStreams live;
    private final Clock clock;

    DeviceFeed(HallDirectory halls, HallMessaging subscriptions, DeviceDirectory directory, DeviceAlerts alerts,
               LiveStreams live, Clock clock) {
        this.directory = directory;
        this.alerts = alerts;
        this.live = live;
        this.clock = clock;
        for (Hall hall : halls.all()) {
            HallTopics topics = HallTopics.forHall(hall.id());
            subscriptions.subscribe(hall.id(), topics.allDevicePresence(),
                    (topic, payload, retained) -> onPresence(hall.id(), topic, payload, retained));
            subscriptions.subscribe(hall.id(), topics.allDeviceHealth(),
                    (topic, payload, retained) -> onHealth(hall.id(), topic, payload, retained));
        }
    }

    private void onPresence(String hallId, String topic, byte[] payload, boolean retained) {
        try {
            String deviceId = deviceId(topic);
            if (isEmpty(payload)) {
                directory.presenceCleared(hallId, deviceId);
                alerts.cleared(hallId, deviceId);
            } else {
                DevicePresence presence = JsonCodec.fromBytes(payload, DevicePresence.class);
                check(deviceId, presence.deviceId(), presence.at());
                directory.presence(hallId, deviceId, presence, retained);
            }
            live.changed(hallId, "devices");
        } catch (MalformedPayloadException e) {
            log.warn("Ignoring a malformed message on {}: {}", LogSafe.of(topic), LogSafe.of(e.getMessage()));
        }
    }

    private void onHealth(String hallId, String topic, byte[] payload, boolean retained) {
        try {
            String deviceId = deviceId(topic);
            if (isEmpty(payload)) {
                directory.healthCleared(hallId, deviceId);
                alerts.cleared(hallId, deviceId);
            } else {
                DeviceHealth health = JsonCodec.fromBytes(payload, DeviceHealth.class);
                check(deviceId, health.deviceId(), health.at());
                DeviceState now = directory.health(hallId, deviceId, health, retained);
                // Retained, the report is as old as it says; live, the part failed as it arrived.
                alerts.reported(hallId, deviceId, now.kind(), now.health(), retained ? health.at() : clock.instant());
            }
            live.changed(hallId, "devices");
        } catch (MalformedPayloadException e) {
            log.warn("Ignoring a malformed message on {}: {}", LogSafe.of(topic), LogSafe.of(e.getMessage()));
        }
    }

    /** The level before the last, as the filters are {@code hall/v1/{hall}/devices/+/presence} and {@code /health}. */
    private static String deviceId(String topic) {
        String[] levels = topic.split("/");
        String id = levels[levels.length - 2];
        if (!HallTopics.isSafeId(id)) {
            throw new MalformedPayloadException("device id '" + id + "' is not a valid id");
        }
        return id;
    }

    private static void check(String deviceId, String saidDeviceId, Instant at) {
        if (!deviceId.equals(saidDeviceId)) {
            throw new MalformedPayloadException("deviceId '" + saidDeviceId + "' is not the device of the topic");
        }
        if (at == null) {
            throw new MalformedPayloadException("at is missing");
        }
    }

    private static boolean isEmpty(byte[] payload) {
        return payload == null || payload.length == 0;
    }
}
