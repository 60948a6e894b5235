package org.onewindow.protocol.mqtt;

import java.time.Duration;
import java.util.Objects;

/**
 * How to connect.
 *
 * @param serverUri       {@code tcp://host:1883} or {@code ssl://host:8883} (hostname verification stays on)
 * @param clientId        unique per connection
 * @param username        optional
 * @param password        optional
 * @param will            published by the broker if the connection dies without a clean close; optional
 * @param birth           published on every (re)connect, typically "online" on the will's topic; optional
 * @param keepAlive       keep-alive interval
 * @param connectTimeout  how long one connection attempt may take
 * @param stallTimeout    how long a message may wait for the broker's acknowledgement before the
 *                        connection is taken for dead and made anew
 * @param trustStore      the CAs trusted for an {@code ssl://} broker; optional (null: the JVM's own)
 */
public record MqttOptions(
        String serverUri,
        String clientId,
        String username,
        String password,
        Message will,
        Message birth,
        Duration keepAlive,
        Duration connectTimeout,
        Duration stallTimeout,
        TrustStore trustStore) {

    public MqttOptions {
        Objects.requireNonNull(serverUri, "serverUri");
        Objects.requireNonNull(clientId, "clientId");
        keepAlive = keepAlive == null ? Duration.ofSeconds(20) : keepAlive;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        stallTimeout = stallTimeout == null ? Duration.ofSeconds(10) : stallTimeout;
    }

    /** Options with no credentials, will or birth. */
    public static MqttOptions of(String serverUri, String clientId) {
        return new MqttOptions(serverUri, clientId, null, null, null, null, null, null, null, null);
    }

    /** The same options with a last-will and a birth message. */
    public MqttOptions withPresence(Message willMessage, Message birthMessage) {
        return new MqttOptions(serverUri, clientId, username, password, willMessage, birthMessage, keepAlive, connectTimeout, stallTimeout, trustStore);
    }

    /** The same options with credentials. */
    public MqttOptions withCredentials(String user, String secret) {
        return new MqttOptions(serverUri, clientId, user, secret, will, birth, keepAlive, connectTimeout, stallTimeout, trustStore);
    }

    /** The same options with another keep-alive interval and stall timeout. */
    public MqttOptions withTimeouts(Duration keepAliveInterval, Duration stall) {
        return new MqttOptions(serverUri, clientId, username, password, will, birth, keepAliveInterval, connectTimeout, stall, trustStore);
    }

    /** The same options trusting the CAs of {@code trust} (null: the JVM's own) for an {@code ssl://} broker. */
    public MqttOptions withTrustStore(TrustStore trust) {
        return new MqttOptions(serverUri, clientId, username, password, will, birth, keepAlive, connectTimeout, stallTimeout, trust);
    }

    /** The password is left out: options end up in logs and failure messages. */
    @Override
    public String toString() {
        return "MqttOptions[serverUri=" + serverUri + ", clientId=" + clientId + ", username=" + username
                + ", password=" + (password == null ? "null" : "***") + ", trustStore=" + trustStore + "]";
    }

    /** A message to publish. */
    public record Message(String topic, byte[] payload, int qos, boolean retained) {
    }
}
