package org.onewindow.server.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the broker is.
 *
 * @param embeddedBroker  start an MQTT 5 broker inside the server (the default)
 * @param embeddedHost    address the embedded broker listens on (0.0.0.0 to let the hall's devices in)
 * @param embeddedPort    its port; 0 picks a free one (tests)
 * @param url             an external broker, e.g. ssl://broker:8883; empty means the embedded one
 * @param username        optional
 * @param password        optional
 * @param clientIdPrefix  client ids are prefix-hall-instance
 */
@ConfigurationProperties("onewindow.mqtt")
record MqttSettings(
        boolean embeddedBroker,
        String embeddedHost,
        int embeddedPort,
        String url,
        String username,
        String password,
        String clientIdPrefix) {

    MqttSettings {
        embeddedHost = embeddedHost == null || embeddedHost.isBlank() ? "127.0.0.1" : embeddedHost;
        clientIdPrefix = clientIdPrefix == null || clientIdPrefix.isBlank() ? "onewindow-server" : clientIdPrefix;
    }
}
