package org.onewindow.server.messaging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import org.onewindow.protocol.topic.HallTopics;

/**
 * Where the broker is, and the server's account on it.
 *
 * @param embeddedBroker  start an MQTT 5 broker inside the server (the default)
 * @param embeddedHost    address the embedded broker listens on (0.0.0.0 to let the hall's devices in)
 * @param embeddedPort    its port; 0 picks a free one (tests)
 * @param url             an external broker, e.g. ssl://broker:8883; empty means the embedded one
 * @param username        the server's own account on the broker (default onewindow-server); the
 *                        embedded broker lets it read and write every hall
 * @param password        its password; the embedded broker refuses to start without one
 * @param clientIdPrefix  client ids are prefix-hall-instance; no device may connect with one
 * @param mosquittoAclFile when set, the server writes a Mosquitto {@code acl_file} of the server's
 *                        account and every registered device there at start (docs/security.md)
 * @param mosquittoPasswordFile when set, the server writes a Mosquitto {@code password_file} there too:
 *                        its own account and every enabled device whose token it made
 * @param deviceUrl       where the devices reach the default broker when not at {@code url} (the
 *                        server inside the data centre, the devices outside it); empty: {@code url}
 * @param brokers         brokers by name, each serving the halls whose file names it ({@code broker:});
 *                        a hall that names none uses the broker above (ADR 0039)
 */
@ConfigurationProperties("onewindow.mqtt")
record MqttSettings(
        boolean embeddedBroker,
        String embeddedHost,
        int embeddedPort,
        String url,
        String username,
        String password,
        String clientIdPrefix,
        String mosquittoAclFile,
        String mosquittoPasswordFile,
        String deviceUrl,
        Map<String, NamedBroker> brokers) {

    MqttSettings {
        username = username == null || username.isBlank() ? "onewindow-server" : username.strip();
        embeddedHost = embeddedHost == null || embeddedHost.isBlank() ? "127.0.0.1" : embeddedHost;
        clientIdPrefix = clientIdPrefix == null || clientIdPrefix.isBlank() ? "onewindow-server" : clientIdPrefix;
        // In the order configured, the order they are connected to and logged in.
        brokers = brokers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(brokers));
        brokers.forEach((name, broker) -> {
            // The name goes into client ids and file names, and hall files name it.
            if (!HallTopics.isSafeId(name) || name.equals(BrokerLink.DEFAULT)) {
                throw new IllegalStateException("onewindow.mqtt.brokers." + name + ": a broker's name is 1-64 of"
                        + " A-Z a-z 0-9 _ . - and not '" + BrokerLink.DEFAULT + "' (the broker of halls that name none)");
            }
            if (broker == null || broker.url() == null || broker.url().isBlank()) {
                throw new IllegalStateException("onewindow.mqtt.brokers." + name + ".url is required, e.g. ssl://broker.linxia:8883");
            }
        });
    }

    /**
     * A broker that serves the halls naming it, for instance one in each city or in the hall itself.
     *
     * @param url         where the server connects, e.g. ssl://broker.linxia.hall:8883
     * @param deviceUrl   where the hall's devices connect when not at {@code url}; empty: {@code url}
     * @param username    the server's account on it; empty: {@code onewindow.mqtt.username}
     * @param password    its password; empty: {@code onewindow.mqtt.password}
     * @param mosquittoAclFile      as {@code onewindow.mqtt.mosquitto-acl-file}, with only the devices of its halls
     * @param mosquittoPasswordFile as {@code onewindow.mqtt.mosquitto-password-file}, with only the devices of its halls
     */
    record NamedBroker(String url, String deviceUrl, String username, String password, String mosquittoAclFile,
                       String mosquittoPasswordFile) {
    }

    /** The server's account on a broker: the broker's own when it names one, else the default one. */
    String usernameOn(NamedBroker broker) {
        return broker == null || broker.username() == null || broker.username().isBlank() ? username : broker.username().strip();
    }

    String passwordOn(NamedBroker broker) {
        return broker == null || broker.password() == null || broker.password().isEmpty() ? password : broker.password();
    }

    /** The demo's password, which every copy of the project knows. */
    static final String DEMO_PASSWORD = "demo-server-mqtt";
    static final int MIN_PRODUCTION_PASSWORD = 16;

    /**
     * In production the server's password is what keeps devices from logging in as the server and
     * names the servers' shared group (MqttAccess.serverGroup): it must be the deployment's own.
     */
    void requireProductionPassword() {
        requireProductionPassword(password, "ONEWINDOW_MQTT_PASSWORD (onewindow.mqtt.password)", username);
        brokers.forEach((name, broker) -> requireProductionPassword(passwordOn(broker),
                "onewindow.mqtt.brokers." + name + ".password (or onewindow.mqtt.password)", usernameOn(broker)));
    }

    private static void requireProductionPassword(String password, String setting, String username) {
        if (password == null || password.isBlank() || password.equals(DEMO_PASSWORD)
                || password.length() < MIN_PRODUCTION_PASSWORD) {
            throw new IllegalStateException("In production the server's MQTT password must be set: " + setting
                    + ", at least " + MIN_PRODUCTION_PASSWORD + " characters and not the demo's."
                    + " Give the broker the same one for the account " + username + " (docs/security.md).");
        }
    }
}
