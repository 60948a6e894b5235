package org.onewindow.kiosk.server;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.json.MalformedPayloadException;
import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.topic.HallTopics;

/**
 * The live queue of every area, from the server's retained MQTT messages: what the home screen's
 * tiles show. A malformed message is logged and ignored; the last good value stays.
 */
public final class AreaQueues {

    private static final Logger log = LoggerFactory.getLogger(AreaQueues.class);

    private final Map<String, AreaQueue> byArea = new ConcurrentHashMap<>();
    private volatile Consumer<AreaQueue> listener = q -> { };

    public AreaQueues(MqttGateway mqtt, String hallId) {
        mqtt.subscribe(HallTopics.forHall(hallId).allAreaQueues(), 1, (topic, payload, retained) -> {
            try {
                AreaQueue queue = JsonCodec.fromBytes(payload, AreaQueue.class);
                if (queue.areaId() == null || !hallId.equals(queue.hallId())) {
                    log.warn("Ignored an area queue message on {}: wrong hall or no area", topic);
                    return;
                }
                byArea.put(queue.areaId(), queue);
                listener.accept(queue);
            } catch (MalformedPayloadException e) {
                log.warn("Ignored a malformed area queue message on {}: {}", topic, e.getMessage());
            }
        });
    }

    public Optional<AreaQueue> of(String areaId) {
        return Optional.ofNullable(byArea.get(areaId));
    }

    /** Called on the MQTT thread for each update. */
    public void onChange(Consumer<AreaQueue> listener) {
        this.listener = listener;
    }
}
