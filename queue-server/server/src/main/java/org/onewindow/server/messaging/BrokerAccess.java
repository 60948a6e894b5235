package org.onewindow.server.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;

import org.onewindow.protocol.access.MqttAccess;
import org.onewindow.protocol.access.TopicGrants;
import org.onewindow.server.error.LogSafe;
import org.onewindow.server.security.DeviceRegistry;

/**
 * Who the embedded broker lets in and what each may do: the server's own account and the
 * registered devices, each with the grants of {@link MqttAccess}. A device's username is its id
 * and its password its token. Nobody else connects.
 */
final class BrokerAccess implements IAuthenticator, IAuthorizatorPolicy {

    private static final Logger log = LoggerFactory.getLogger(BrokerAccess.class);

    private final DeviceRegistry devices;
    private final String serverUsername;
    private final byte[] serverPassword;
    private final String serverClientIdPrefix;
    /** Grants by username, made once per account. */
    private final Map<String, TopicGrants> grants = new ConcurrentHashMap<>();

    BrokerAccess(DeviceRegistry devices, String serverUsername, String serverPassword, String serverClientIdPrefix) {
        if (serverUsername == null || serverUsername.isBlank() || serverPassword == null || serverPassword.isEmpty()) {
            throw new IllegalStateException("the embedded broker needs onewindow.mqtt.username and onewindow.mqtt.password");
        }
        if (devices.find(serverUsername).isPresent()) {
            throw new IllegalStateException("a device may not be registered as the server's MQTT account " + serverUsername);
        }
        this.devices = devices;
        this.serverUsername = serverUsername;
        this.serverPassword = serverPassword.getBytes(StandardCharsets.UTF_8);
        this.serverClientIdPrefix = serverClientIdPrefix;
    }

    @Override
    public boolean checkValid(String clientId, String username, byte[] password) {
        if (username == null || password == null) {
            log.warn("Refused an MQTT client without username or password");
            return false;
        }
        if (username.equals(serverUsername)) {
            return MessageDigest.isEqual(serverPassword, password);
        }
        // A device taking a server connection's client id would push the server off the broker.
        if (clientId != null && clientId.startsWith(serverClientIdPrefix)) {
            log.warn("Refused device {}: the client id is one of the server's", LogSafe.of(username));
            return false;
        }
        boolean valid = devices.authenticate(username, password).isPresent();
        if (!valid) {
            log.warn("Refused MQTT client {}: unknown device or wrong token", LogSafe.of(username));
        }
        return valid;
    }

    @Override
    public boolean canWrite(Topic topic, String user, String client) {
        return grantsOf(user).map(g -> g.mayPublish(topic.toString())).orElse(false);
    }

    @Override
    public boolean canRead(Topic topic, String user, String client) {
        return grantsOf(user).map(g -> g.maySubscribe(topic.toString())).orElse(false);
    }

    /** Whether a client may leave this last-will: the broker publishes it on the client's behalf. */
    boolean mayLeaveWill(String user, String topic) {
        return grantsOf(user).map(g -> g.mayPublish(topic)).orElse(false);
    }

    private Optional<TopicGrants> grantsOf(String user) {
        if (user == null) {
            return Optional.empty();
        }
        if (user.equals(serverUsername)) {
            return Optional.of(grants.computeIfAbsent(user, u -> MqttAccess.server()));
        }
        return devices.find(user).map(d -> grants.computeIfAbsent(user, u -> MqttAccess.of(d)));
    }
}
