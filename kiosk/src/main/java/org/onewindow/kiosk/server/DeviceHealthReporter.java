package org.onewindow.kiosk.server;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.DeviceHealth;
import org.onewindow.protocol.mqtt.DevicePresenceOptions;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.topic.HallTopics;

/**
 * Tells staff how the kiosk's parts are: retained health on {@code devices/<id>/health},
 * republished on every change and on every reconnect (a broker restart loses nothing), and
 * presence with a last-will so a kiosk that dies shows as offline.
 */
public final class DeviceHealthReporter {

    /** A hall kiosk (queue kiosk by day, terminal by night) and a terminal only, as the device list names them. */
    public static final String KIOSK = "KIOSK";
    public static final String TERMINAL = "TERMINAL";
    private static final Logger log = LoggerFactory.getLogger(DeviceHealthReporter.class);

    private final MqttGateway mqtt;
    private final HallTopics topics;
    private final String deviceId;
    private final String kind;
    private final Clock clock;
    private final Map<String, DeviceHealth.Component> components = new LinkedHashMap<>();

    public DeviceHealthReporter(MqttGateway mqtt, String hallId, String deviceId, String kind, Clock clock) {
        this.mqtt = mqtt;
        this.topics = HallTopics.forHall(hallId);
        this.deviceId = deviceId;
        this.kind = kind;
        this.clock = clock;
        mqtt.onConnectionChange((connected, cause) -> {
            if (connected) {
                publish();
            }
        });
    }

    /** The presence messages to give the MQTT connection: will (offline) and birth (online). */
    public static MqttOptions withPresence(MqttOptions options, String hallId, String deviceId, String kind, Clock clock) {
        return DevicePresenceOptions.withPresence(options, hallId, deviceId, kind, clock.instant());
    }

    /**
     * Records a part's state: OK, WARNING or FAULT with plain words; publishes when it changed.
     */
    public void report(String part, String state, String detail) {
        DeviceHealth.Component component = new DeviceHealth.Component(part, state, detail);
        synchronized (components) {
            if (component.equals(components.get(part))) {
                return;
            }
            components.put(part, component);
        }
        if (!"OK".equals(state)) {
            log.warn("{} {}: {}", part, state, detail);
        }
        publish();
    }

    private void publish() {
        List<DeviceHealth.Component> now;
        synchronized (components) {
            now = List.copyOf(components.values());
        }
        if (!mqtt.isConnected()) {
            return;
        }
        mqtt.publish(topics.deviceHealth(deviceId),
                JsonCodec.toBytes(new DeviceHealth(deviceId, kind, now, clock.instant())), 1, true)
                .exceptionally(e -> {
                    log.debug("Health not published now; it will be on reconnect: {}", e.getMessage());
                    return null;
                });
    }
}
