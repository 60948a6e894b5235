package org.onewindow.server.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * A bare MQTT 5 client that tries things and records what the broker let through: each
 * subscription's grant and every message that arrived. Refusals are results here, not failures.
 */
final class ProbeClient implements AutoCloseable {

    /** A message as it arrived. */
    record Arrived(String topic, String payload, boolean retained) {
    }

    private static final int ANSWER_SECONDS = 30;

    private final MqttClient client;
    private final MqttConnectionOptions options;
    final List<Arrived> arrived = new CopyOnWriteArrayList<>();
    /** How often the connection was lost: the broker ended it, or the network. */
    final AtomicInteger losses = new AtomicInteger();

    private ProbeClient(MqttClient client, MqttConnectionOptions options) {
        this.client = client;
        this.options = options;
    }

    /** Connects, or throws the broker's refusal. */
    static ProbeClient connect(String uri, String user, String password) throws MqttException {
        MqttClient client = new MqttClient(uri, (user == null ? "anonymous" : user) + "-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        options.setAutomaticReconnect(false);
        // A refusal comes at once (a CONNACK or SUBACK that says so); a slow answer on a loaded machine
        // is not a refusal, so every wait is generous. Publications that may be refused go at QoS 0.
        options.setConnectionTimeout(ANSWER_SECONDS);
        if (user != null) {
            options.setUserName(user);
        }
        if (password != null) {
            options.setPassword(password.getBytes(StandardCharsets.UTF_8));
        }
        client.setTimeToWait(ANSWER_SECONDS * 1000L);
        ProbeClient probe = new ProbeClient(client, options);
        client.setCallback(probe.callback());
        client.connect(options);
        return probe;
    }

    /** Whether the broker granted the subscription. */
    boolean subscribe(String filter) {
        try {
            reconnectIfDropped();
            IMqttToken token = client.subscribe(filter, 1);
            int[] codes = token.getReasonCodes();
            return codes != null && codes.length > 0 && codes[0] < 0x80;
        } catch (MqttException refused) {
            return false;
        }
    }

    /** Publishes at QoS 1 and waits for the broker's acknowledgement. */
    void publish(String topic, String payload, boolean retained) {
        publish(topic, payload, 1, retained);
    }

    /**
     * Tries a publication at QoS 0, which waits for nothing: a broker may leave a refused QoS 1
     * publication unacknowledged (Moquette does). A refusal is what the test looks at.
     */
    void attempt(String topic, String payload, boolean retained) {
        publish(topic, payload, 0, retained);
    }

    private void publish(String topic, String payload, int qos, boolean retained) {
        try {
            reconnectIfDropped();
            MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8), qos, retained, new MqttProperties());
            client.publish(topic, message);
        } catch (MqttException refused) {
            // What the broker did with it is what the test looks at.
        }
    }

    boolean isConnected() {
        return client.isConnected();
    }

    List<String> topicsWithPayload(String payload) {
        return arrived.stream().filter(a -> a.payload().equals(payload)).map(Arrived::topic).toList();
    }

    boolean got(String payload) {
        return arrived.stream().anyMatch(a -> a.payload().equals(payload));
    }

    private void reconnectIfDropped() throws MqttException {
        if (!client.isConnected()) {
            client.connect(options);
        }
    }

    private MqttCallback callback() {
        return new MqttCallback() {
            @Override
            public void disconnected(MqttDisconnectResponse response) {
                losses.incrementAndGet();
            }

            @Override
            public void mqttErrorOccurred(MqttException exception) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                arrived.add(new Arrived(topic, new String(message.getPayload(), StandardCharsets.UTF_8), message.isRetained()));
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
            }

            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
            }

            @Override
            public void authPacketArrived(int reasonCode, MqttProperties properties) {
            }
        };
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect();
            }
            client.close();
        } catch (MqttException ignored) {
            // Already gone.
        }
    }
}
