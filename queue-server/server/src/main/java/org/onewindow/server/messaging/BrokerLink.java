package org.onewindow.server.messaging;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.onewindow.protocol.access.DeviceAccount;
import org.onewindow.protocol.access.MqttAccess;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;

/**
 * One broker as the server uses it: where it connects and as whom, where the devices of its halls
 * connect, and the Mosquitto files written for it. The {@link #DEFAULT} one is the embedded broker
 * or {@code onewindow.mqtt.url}; the others are {@code onewindow.mqtt.brokers.<name>}.
 *
 * @param url        where the server connects; empty for the default one when it is the embedded broker
 * @param deviceUrl  where the devices of its halls connect
 */
record BrokerLink(String name, String url, String deviceUrl, String username, String password, String mosquittoAclFile,
                  String mosquittoPasswordFile) {

    /** The broker of the halls that name none. */
    static final String DEFAULT = "default";

    /**
     * The servers' shared group on this broker, named after the server's password there, so that no
     * device can join it (ADR 0025).
     */
    String serversGroup() {
        return MqttAccess.serverGroup(password);
    }

    boolean isDefault() {
        return DEFAULT.equals(name);
    }

    /** The broker a hall's devices use. */
    static String of(Hall hall) {
        return hall.broker() == null ? DEFAULT : hall.broker();
    }

    /**
     * The devices that log in to this broker: those of its halls; on the default broker also those
     * of a hall this deployment does not describe (as before brokers had names, when it had them all).
     */
    Predicate<DeviceAccount> devicesOf(HallDirectory halls) {
        Map<String, String> brokerOfHall = new HashMap<>();
        halls.all().forEach(h -> brokerOfHall.put(h.id(), of(h)));
        return device -> name.equals(brokerOfHall.getOrDefault(device.hallId(), DEFAULT));
    }

    /** Every broker the settings name, the default one first. */
    static Map<String, BrokerLink> all(MqttSettings s) {
        Map<String, BrokerLink> links = new LinkedHashMap<>();
        links.put(DEFAULT, new BrokerLink(DEFAULT, blankAsEmpty(s.url()), orElse(s.deviceUrl(), blankAsEmpty(s.url())),
                s.username(), s.password(), s.mosquittoAclFile(), s.mosquittoPasswordFile()));
        s.brokers().forEach((name, b) -> links.put(name, new BrokerLink(name, b.url().strip(), orElse(b.deviceUrl(), b.url().strip()),
                s.usernameOn(b), s.passwordOn(b), b.mosquittoAclFile(), b.mosquittoPasswordFile())));
        return links;
    }

    private static String blankAsEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static String orElse(String s, String otherwise) {
        return s == null || s.isBlank() ? otherwise : s.strip();
    }
}
