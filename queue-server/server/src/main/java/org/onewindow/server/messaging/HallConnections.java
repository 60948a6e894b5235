package org.onewindow.server.messaging;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.mqtt.TopicFilter;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.accounts.DeviceBrokers;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.pipeline.HallLeases;
import org.onewindow.server.security.DeviceRegistry;

/**
 * The server's broker connections. One per hall, because MQTT gives a connection one last-will
 * and each hall's server presence must turn offline when this server dies; devices' requests and
 * messages arrive on it. And, on each broker, a few {@link #PUBLISHING} connections that carry what
 * the event pipeline publishes for the halls this instance works (calls and retained states), each
 * hall always on the same one, so a hall's messages keep their order: a connection busy with many
 * halls' messages costs a fraction of what a message costs on a connection of its own, whose
 * client threads must all wake for it.
 *
 * <p>Each hall is on its broker ({@link BrokerLink}): the one its file names, or the default one
 * (ADR 0039). Only the brokers some hall uses are connected to. The default one is the embedded
 * broker unless {@code onewindow.mqtt.url} names another; it is started here, and has a device's
 * open connection dropped as soon as the device registry withdraws its access.
 */
@Component
class HallConnections implements DeviceBrokers, AutoCloseable {

    /** Publishing connections of an instance on each broker; each has its own client threads and in-flight window. */
    static final int PUBLISHING = 4;

    private final EmbeddedBroker broker;
    private final Map<String, BrokerLink> links;
    /** Broker name by hall id. */
    private final Map<String, String> brokerOfHall = new LinkedHashMap<>();
    /** Where devices connect, by broker name. */
    private final Map<String, String> deviceUris = new LinkedHashMap<>();
    private final Map<String, MqttGateway> gateways = new HashMap<>();
    /** The publishing connections by broker name. */
    private final Map<String, List<MqttGateway>> publishing = new LinkedHashMap<>();

    HallConnections(MqttSettings settings, HallDirectory halls, HallLeases leases, DeviceRegistry devices,
                    @Value("${onewindow.data-dir}") String dataDir, Environment environment) {
        if (environment.matchesProfiles("production")) {
            settings.requireProductionPassword();
        }
        String instanceId = leases.instanceId();
        this.links = BrokerLink.all(settings);
        halls.all().forEach(hall -> brokerOfHall.put(hall.id(), BrokerLink.of(hall)));
        Set<String> used = new LinkedHashSet<>(brokerOfHall.values());
        BrokerLink byDefault = links.get(BrokerLink.DEFAULT);
        boolean embedded = used.contains(BrokerLink.DEFAULT) && settings.embeddedBroker() && byDefault.url().isEmpty();
        this.broker = embedded ? new EmbeddedBroker(settings.embeddedHost(), settings.embeddedPort(), Path.of(dataDir, "mqtt"),
                new BrokerAccess(devices, byDefault.devicesOf(halls), settings.username(), settings.password(),
                        settings.clientIdPrefix())) : null;
        if (embedded) {
            // A device disabled or re-keyed here, or read so from the database another instance changed.
            devices.onChange(broker::dropWithdrawnDevices);
        }
        links.values().forEach(link -> deviceUris.put(link.name(), link.isDefault() && embedded ? broker.uri() : link.deviceUrl()));
        Map<String, String> serverUris = new HashMap<>();
        used.forEach(name -> serverUris.put(name, name.equals(BrokerLink.DEFAULT) && embedded ? broker.serverUri() : links.get(name).url()));
        for (Hall hall : halls.all()) {
            BrokerLink link = links.get(BrokerLink.of(hall));
            HallTopics topics = HallTopics.forHall(hall.id());
            MqttOptions options = MqttOptions.of(serverUris.get(link.name()), settings.clientIdPrefix() + "-" + hall.id() + "-" + instanceId)
                    .withCredentials(link.username(), link.password())
                    .withPresence(presence(topics, false), presence(topics, true));
            gateways.put(hall.id(), MqttGateways.connect(options));
        }
        for (String name : used) {
            BrokerLink link = links.get(name);
            // The default broker's connections keep the ids they had before brokers had names.
            String infix = link.isDefault() ? "-publishing-" : "-publishing-" + name + "-";
            List<MqttGateway> connections = new ArrayList<>();
            for (int i = 0; i < PUBLISHING; i++) {
                connections.add(MqttGateways.connect(MqttOptions.of(serverUris.get(name), settings.clientIdPrefix() + infix + i + "-" + instanceId)
                        .withCredentials(link.username(), link.password())));
            }
            publishing.put(name, connections);
        }
    }

    /** Where devices reach the default broker. */
    String brokerUri() {
        return deviceUris.get(BrokerLink.DEFAULT);
    }

    /** Where the devices of a hall reach its broker; the default broker's address for a hall not served here. */
    @Override
    public String urlFor(String hallId) {
        return deviceUris.get(brokerOfHall.getOrDefault(hallId, BrokerLink.DEFAULT));
    }

    /** The shared subscription of the server instances to the filter, in their group on the hall's broker. */
    String sharedByServers(String hallId, String filter) {
        return TopicFilter.shared(links.get(brokerOfHall.getOrDefault(hallId, BrokerLink.DEFAULT)).serversGroup(), filter);
    }

    MqttGateway of(String hallId) {
        return gateways.get(hallId);
    }

    Map<String, MqttGateway> all() {
        return Map.copyOf(gateways);
    }

    /** The connection that carries the pipeline's messages of a hall: always the same one; null for a hall not served here. */
    MqttGateway publishingOf(String hallId) {
        String name = brokerOfHall.get(hallId);
        return name == null ? null : publishing.get(name).get(Math.floorMod(hallId.hashCode(), PUBLISHING));
    }

    /** The publishing connections, each with the halls it carries. */
    Map<MqttGateway, List<String>> publishingHalls() {
        Map<MqttGateway, List<String>> out = new HashMap<>();
        publishing.values().forEach(connections -> connections.forEach(g -> out.put(g, new ArrayList<>())));
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
        publishing.values().forEach(connections -> connections.forEach(MqttGateway::close));
        if (broker != null) {
            broker.close();
        }
    }
}
