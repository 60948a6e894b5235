package org.onewindow.server.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

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
        String mosquittoPasswordFile) {

    MqttSettings {
        username = username == null || username.isBlank() ? "onewindow-server" : username.strip();
        embeddedHost = embeddedHost == null || embeddedHost.isBlank() ? "127.0.0.1" : embeddedHost;
        clientIdPrefix = clientIdPrefix == null || clientIdPrefix.isBlank() ? "onewindow-server" : clientIdPrefix;
    }

    /** The demo's password, which every copy of the project knows. */
    static final String DEMO_PASSWORD = "demo-server-mqtt";
    static final int MIN_PRODUCTION_PASSWORD = 16;

    /**
     * In production the server's password is what keeps devices from logging in as the server and
     * names the servers' shared group (MqttAccess.serverGroup): it must be the deployment's own.
     */
    void requireProductionPassword() {
        if (password == null || password.isBlank() || password.equals(DEMO_PASSWORD)
                || password.length() < MIN_PRODUCTION_PASSWORD) {
            throw new IllegalStateException("In production the server's MQTT password must be set: ONEWINDOW_MQTT_PASSWORD"
                    + " (onewindow.mqtt.password), at least " + MIN_PRODUCTION_PASSWORD + " characters and not the demo's."
                    + " Give the broker the same one for the account " + username + " (docs/security.md).");
        }
    }
}
