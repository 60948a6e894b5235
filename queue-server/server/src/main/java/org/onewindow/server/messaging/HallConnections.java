package org.onewindow.server.messaging;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.access.MqttAccess;
import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.mqtt.TopicFilter;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.pipeline.HallLeases;
import org.onewindow.server.security.DeviceRegistry;

/**
 * The server's broker connections. One per hall, because MQTT gives a connection one last-will
 * and each hall's server presence must turn offline when this server dies; devices' requests and
 * messages arrive on it. And a few {@link #PUBLISHING} connections that carry what the event
 * pipeline publishes for the halls this instance works (calls and retained states), each hall
 * always on the same one, so a hall's messages keep their order: a connection busy with many
 * halls' messages costs a fraction of what a message costs on a connection of its own, whose
 * client threads must all wake for it. Starts the embedded broker first when no external one is
 * configured, and has it drop a device's open connection as soon as the device registry withdraws
 * its access.
 */
@Component
class HallConnections implements AutoCloseable {

    /** Publishing connections of an instance; each has its own client threads and in-flight window. */
    static final int PUBLISHING = 4;

    private final EmbeddedBroker broker;
    private final String brokerUri;
    private final String serversGroup;
    private final Map<String, MqttGateway> gateways = new HashMap<>();
    private final List<MqttGateway> publishing = new ArrayList<>();

    HallConnections(MqttSettings settings, HallDirectory halls, HallLeases leases, DeviceRegistry devices,
                    @Value("${onewindow.data-dir}") String dataDir, Environment environment) {
        if (environment.matchesProfiles("production")) {
            settings.requireProductionPassword();
        }
        String instanceId = leases.instanceId();
        boolean embedded = settings.embeddedBroker() && (settings.url() == null || settings.url().isBlank());
        this.broker = embedded ? new EmbeddedBroker(settings.embeddedHost(), settings.embeddedPort(), Path.of(dataDir, "mqtt"),
                new BrokerAccess(devices, settings.username(), settings.password(), settings.clientIdPrefix())) : null;
        if (embedded) {
            // A device disabled or re-keyed here, or read so from the database another instance changed.
            devices.onChange(broker::dropWithdrawnDevices);
        }
        String uri = embedded ? broker.serverUri() : settings.url();
        this.brokerUri = embedded ? broker.uri() : settings.url();
        this.serversGroup = MqttAccess.serverGroup(settings.password());
        for (Hall hall : halls.all()) {
            HallTopics topics = HallTopics.forHall(hall.id());
            MqttOptions options = MqttOptions.of(uri, settings.clientIdPrefix() + "-" + hall.id() + "-" + instanceId)
                    .withCredentials(settings.username(), settings.password())
                    .withPresence(presence(topics, false), presence(topics, true));
            gateways.put(hall.id(), MqttGateways.connect(options));
        }
        for (int i = 0; i < PUBLISHING; i++) {
            publishing.add(MqttGateways.connect(MqttOptions.of(uri, settings.clientIdPrefix() + "-publishing-" + i + "-" + instanceId)
                    .withCredentials(settings.username(), settings.password())));
        }
    }

    /** Where devices reach the broker this server publishes to. */
    String brokerUri() {
        return brokerUri;
    }

    /** The shared subscription of the server instances to the filter, in their group. */
    String sharedByServers(String filter) {
        return TopicFilter.shared(serversGroup, filter);
    }

    MqttGateway of(String hallId) {
        return gateways.get(hallId);
    }

    Map<String, MqttGateway> all() {
        return Map.copyOf(gateways);
    }

    /** The connection that carries the pipeline's messages of a hall: always the same one. */
    MqttGateway publishingOf(String hallId) {
        return publishing.get(Math.floorMod(hallId.hashCode(), PUBLISHING));
    }

    /** The publishing connections, each with the halls it carries. */
    Map<MqttGateway, List<String>> publishingHalls() {
        Map<MqttGateway, List<String>> out = new HashMap<>();
        publishing.forEach(g -> out.put(g, new ArrayList<>()));
        gateways.keySet().forEach(hallId -> out.get(publishingOf(hallId)).add(hallId));
        return out;
    }

    static MqttOptions.Message presence(HallTopics topics, boolean online) {
        return new MqttOptions.Message(topics.serverPresence(),
                JsonCodec.toBytes(new DevicePresence("server", "SERVER", online, Instant.now())), 1, true);
    }

    @Override
    public void close() {
        gateways.values().forEach(MqttGateway::close);
        publishing.forEach(MqttGateway::close);
        if (broker != null) {
            broker.close();
        }
    }
}
