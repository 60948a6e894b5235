package org.onewindow.server.messaging;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.pipeline.HallLeases;

/**
 * One broker connection per hall, because MQTT gives a connection one last-will and each hall's
 * server presence must turn offline when this server dies. Starts the embedded broker first
 * when no external one is configured.
 */
@Component
class HallConnections implements AutoCloseable {


    private final EmbeddedBroker broker;
    private final String brokerUri;
    private final Map<String, MqttGateway> gateways = new HashMap<>();

    HallConnections(MqttSettings settings, HallDirectory halls, HallLeases leases, @Value("${onewindow.data-dir}") String dataDir) {
        String instanceId = leases.instanceId();
        boolean embedded = settings.embeddedBroker() && (settings.url() == null || settings.url().isBlank());
        this.broker = embedded ? new EmbeddedBroker(settings.embeddedHost(), settings.embeddedPort(), Path.of(dataDir, "mqtt")) : null;
        String uri = embedded ? broker.uri() : settings.url();
        this.brokerUri = uri;
        for (Hall hall : halls.all()) {
            HallTopics topics = HallTopics.forHall(hall.id());
            MqttOptions options = MqttOptions.of(uri, settings.clientIdPrefix() + "-" + hall.id() + "-" + instanceId)
                    .withCredentials(settings.username(), settings.password())
                    .withPresence(presence(topics, false), presence(topics, true));
            gateways.put(hall.id(), MqttGateways.connect(options));
        }
    }

    /** The broker this server publishes to. */
    String brokerUri() {
        return brokerUri;
    }

    MqttGateway of(String hallId) {
        return gateways.get(hallId);
    }

    Map<String, MqttGateway> all() {
        return Map.copyOf(gateways);
    }

    static MqttOptions.Message presence(HallTopics topics, boolean online) {
        return new MqttOptions.Message(topics.serverPresence(),
                JsonCodec.toBytes(new DevicePresence("server", "SERVER", online, Instant.now())), 1, true);
    }

    @Override
    public void close() {
        gateways.values().forEach(MqttGateway::close);
        if (broker != null) {
            broker.close();
        }
    }
}
