package org.onewindow.server.messaging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;

import org.onewindow.protocol.access.DeviceAccount;
import org.onewindow.protocol.access.MqttAccess;
import org.onewindow.protocol.access.TopicGrants;
import org.onewindow.server.error.LogSafe;
import org.onewindow.server.messaging.gate.Admission;
import org.onewindow.server.messaging.gate.GateVerdict;
import org.onewindow.server.security.DeviceRegistry;

/**
 * Who the embedded broker lets in and what each may do: the server's own account and the
 * registered devices, each with the grants of {@link MqttAccess}. A device's username is its id
 * and its password its token. Nobody else connects.
 *
 * <p>Devices come in through the {@link org.onewindow.server.messaging.gate.BrokerGate}, which
 * asks {@link #judge} with the device's token and then logs the device in to Moquette with a
 * password made for this run and never shown outside the process. Moquette ({@link #checkValid})
 * takes a device only with that password, so a device that went round the gate is refused.
 */
final class BrokerAccess implements IAuthenticator, IAuthorizatorPolicy, Admission {

    private static final Logger log = LoggerFactory.getLogger(BrokerAccess.class);

    private final DeviceRegistry devices;
    /** The devices of the halls on this broker; the others are nobody here (ADR 0039). */
    private final Predicate<DeviceAccount> onThisBroker;
    private final String serverUsername;
    private final byte[] serverPassword;
    private final String serverClientIdPrefix;
    private final byte[] throughTheGate;
    /** Grants by username, made once per account. */
    private final Map<String, TopicGrants> grants = new ConcurrentHashMap<>();

    BrokerAccess(DeviceRegistry devices, String serverUsername, String serverPassword, String serverClientIdPrefix) {
        this(devices, device -> true, serverUsername, serverPassword, serverClientIdPrefix);
    }

    BrokerAccess(DeviceRegistry devices, Predicate<DeviceAccount> onThisBroker, String serverUsername, String serverPassword,
                 String serverClientIdPrefix) {
        if (serverUsername == null || serverUsername.isBlank() || serverPassword == null || serverPassword.isEmpty()) {
            throw new IllegalStateException("the embedded broker needs onewindow.mqtt.username and onewindow.mqtt.password");
        }
        if (devices.find(serverUsername).isPresent()) {
            throw new IllegalStateException("a device may not be registered as the server's MQTT account " + serverUsername);
        }
        this.devices = devices;
        this.onThisBroker = onThisBroker;
        this.serverUsername = serverUsername;
        this.serverPassword = serverPassword.getBytes(StandardCharsets.UTF_8);
        this.serverClientIdPrefix = serverClientIdPrefix;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.throughTheGate = HexFormat.of().formatHex(secret).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public GateVerdict judge(String clientId, String username, byte[] password, String willTopic) {
        if (username == null || password == null) {
            return GateVerdict.BAD_CREDENTIALS;
        }
        if (username.equals(serverUsername)) {
            return MessageDigest.isEqual(serverPassword, password) ? GateVerdict.ADMITTED : GateVerdict.BAD_CREDENTIALS;
        }
        if (devices.authenticate(username, password).filter(onThisBroker).isEmpty()) {
            return GateVerdict.BAD_CREDENTIALS;
        }
        // A device taking a server connection's client id would push the server off the broker.
        if (clientId != null && clientId.startsWith(serverClientIdPrefix)) {
            return GateVerdict.NOT_AUTHORIZED;
        }
        // The broker publishes a last-will on the client's behalf: it must be one the client may publish.
        if (willTopic != null && !mayPublish(username, willTopic)) {
            return GateVerdict.NOT_AUTHORIZED;
        }
        return GateVerdict.ADMITTED;
    }

    @Override
    public boolean mayRead(String username, String filter) {
        return grantsOf(username).map(g -> g.maySubscribe(filter)).orElse(false);
    }

    @Override
    public byte[] brokerPassword(String username, byte[] password) {
        return serverUsername.equals(username) ? password : throughTheGate.clone();
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
        boolean valid = devices.find(username).filter(onThisBroker).isPresent() && MessageDigest.isEqual(throughTheGate, password)
                && (clientId == null || !clientId.startsWith(serverClientIdPrefix));
        if (!valid) {
            log.warn("Refused MQTT client {}: a device that did not come through the gate", LogSafe.of(username));
        }
        return valid;
    }

    @Override
    public boolean canWrite(Topic topic, String user, String client) {
        return mayPublish(user, topic.toString());
    }

    @Override
    public boolean canRead(Topic topic, String user, String client) {
        return mayRead(user, topic.toString());
    }

    private boolean mayPublish(String user, String topic) {
        return grantsOf(user).map(g -> g.mayPublish(topic)).orElse(false);
    }

    private Optional<TopicGrants> grantsOf(String user) {
        if (user == null) {
            return Optional.empty();
        }
        if (user.equals(serverUsername)) {
            return Optional.of(grants.computeIfAbsent(user, u -> MqttAccess.server()));
        }
        return devices.find(user).filter(onThisBroker).map(d -> grants.computeIfAbsent(user, u -> MqttAccess.of(d)));
    }
}
