package org.onewindow.protocol.mqtt;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MqttGateway} on Eclipse Paho (MQTT 5). It reconnects by itself with
 * {@link ReconnectBackoff}, also when the very first attempt fails (Paho's own automatic
 * reconnect only starts after one success), and subscribes again after every reconnect.
 *
 * <p>As many QoS 1 messages are unacknowledged at a time as the broker said it takes (its receive
 * maximum; Mosquitto: 20 by default), at most {@value #MAX_IN_FLIGHT}, and {@value #FIRST_IN_FLIGHT}
 * until it has said; the rest wait in order. Paho refuses the excess outright, which would lose most
 * of a hall's state republished in one burst on reconnect; fewer than the broker takes would make a
 * busy connection wait for acknowledgements it need not wait for.
 */
final class PahoMqttGateway implements MqttGateway, MqttCallback {

    private static final Logger log = LoggerFactory.getLogger(PahoMqttGateway.class);

    /** One of the two handlers is set. */
    private record Subscription(int qos, MessageHandler handler, ExchangeHandler exchangeHandler) {
    }

    private record Outgoing(String topic, byte[] payload, int qos, boolean retained, Exchange exchange,
                            CompletableFuture<Void> done) {
    }

    static final int MAX_IN_FLIGHT = 64;
    /** Before the broker's answer to the connection says how many it takes. */
    static final int FIRST_IN_FLIGHT = 10;
    /** Set while this thread sends in {@link #drain()}: a completion there must not drain again. */
    private static final ThreadLocal<Boolean> DRAINING = ThreadLocal.withInitial(() -> false);

    private final MqttOptions options;
    private final MqttAsyncClient client;
    /** For an {@code ssl://} broker with a trust store of its own; null: Paho's default (the JVM's CAs). */
    private final SSLSocketFactory tls;
    private final ReconnectBackoff backoff = ReconnectBackoff.forBroker();
    private final ScheduledExecutorService scheduler;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final Queue<Outgoing> backlog = new ConcurrentLinkedQueue<>();
    /** Each unacknowledged message, with when it was sent ({@link System#nanoTime()}). */
    private final Map<CompletableFuture<Void>, Long> inFlight = new ConcurrentHashMap<>();
    /** Counts connections made; a lost one is handled once, however it was noticed. */
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong lostConnection = new AtomicLong();
    private volatile int inFlightLimit = FIRST_IN_FLIGHT;
    /** The last connection attempt: its answer, once connected, says how many the broker takes in flight. */
    private volatile IMqttToken connecting;
    private volatile boolean closed;

    PahoMqttGateway(MqttOptions options) throws MqttException {
        this.options = options;
        this.tls = TlsSockets.forBroker(options);
        this.client = new MqttAsyncClient(options.serverUri(), options.clientId(), new MemoryPersistence());
        this.client.setCallback(this);
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mqtt-reconnect-" + options.clientId());
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        scheduler.execute(this::connect);
        long period = Math.max(100, options.stallTimeout().toMillis() / 4);
        scheduler.scheduleWithFixedDelay(this::dropIfStalled, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * A broker that keeps the connection and answers pings but has stopped acknowledging (its
     * queues full, a session loop dead) would hold every message in flight forever: after
     * {@link MqttOptions#stallTimeout()} without an acknowledgement the connection is dropped and
     * made anew, as if it had been lost.
     */
    private void dropIfStalled() {
        if (closed || !client.isConnected()) {
            return;
        }
        long now = System.nanoTime();
        long oldest = inFlight.values().stream().mapToLong(Long::longValue).min().orElse(now);
        if (now - oldest < options.stallTimeout().toNanos()) {
            return;
        }
        IllegalStateException stalled = new IllegalStateException("the broker acknowledged nothing for "
                + options.stallTimeout().toMillis() + " ms");
        log.warn("MQTT {}: {}; connecting anew", options.clientId(), stalled.getMessage());
        try {
            client.disconnectForcibly(0, 1000, false);
        } catch (MqttException e) {
            log.debug("MQTT {} did not disconnect cleanly: {}", options.clientId(), e.toString());
        }
        lost(stalled);
    }

    private void connect() {
        if (closed || client.isConnected()) {
            return;
        }
        try {
            connecting = client.connect(connectionOptions(), null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    // connectComplete does the rest.
                }

                @Override
                public void onFailure(IMqttToken token, Throwable cause) {
                    scheduleReconnect(cause);
                }
            });
        } catch (MqttException e) {
            scheduleReconnect(e);
        }
    }

    private void scheduleReconnect(Throwable cause) {
        if (closed) {
            return;
        }
        Duration delay = backoff.next();
        log.debug("MQTT {} not connected ({}); next attempt in {} ms", options.clientId(), cause, delay.toMillis());
        scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private MqttConnectionOptions connectionOptions() {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(true);
        o.setAutomaticReconnect(false);
        o.setKeepAliveInterval((int) options.keepAlive().toSeconds());
        o.setConnectionTimeout((int) Math.max(1, options.connectTimeout().toSeconds()));
        if (options.serverUri().startsWith("tcp://")) {
            o.setSocketFactory(new NoDelaySocketFactory());
        } else if (tls != null) {
            o.setSocketFactory(tls);
        }
        // A certificate from the trusted CA issued to another host is refused: kept on deliberately.
        o.setHttpsHostnameVerificationEnabled(true);
        if (options.username() != null && !options.username().isEmpty()) {
            o.setUserName(options.username());
            o.setPassword(options.password() == null ? new byte[0] : options.password().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (options.will() != null) {
            MqttMessage will = new MqttMessage(options.will().payload(), options.will().qos(), options.will().retained(), null);
            o.setWill(options.will().topic(), will);
        }
        return o;
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        connections.incrementAndGet();
        backoff.reset();
        inFlightLimit = inFlightTheBrokerTakes(connecting);
        log.info("MQTT {} connected to {} ({} messages in flight at most)", options.clientId(), serverUri, inFlightLimit);
        if (options.birth() != null) {
            publish(options.birth().topic(), options.birth().payload(), options.birth().qos(), options.birth().retained());
        }
        subscriptions.forEach((filter, s) -> subscribeNow(filter, s.qos()));
        listeners.forEach(l -> l.changed(true, null));
    }

    /** What the broker's answer to the connection says it takes (absent: 65,535, as MQTT 5 says), at most {@link #MAX_IN_FLIGHT}. */
    private static int inFlightTheBrokerTakes(IMqttToken connected) {
        MqttProperties answer = connected == null ? null : connected.getResponseProperties();
        Integer takes = answer == null ? null : answer.getReceiveMaximum();
        return Math.max(1, Math.min(MAX_IN_FLIGHT, takes == null ? MAX_IN_FLIGHT : takes));
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
        Throwable cause = response == null ? null : response.getException();
        log.warn("MQTT {} lost its connection: {}", options.clientId(), cause == null ? response : cause.toString());
        lost(cause);
    }

    private void lost(Throwable cause) {
        long connection = connections.get();
        if (lostConnection.getAndSet(connection) == connection) {
            return;
        }
        // Unacknowledged messages are not resent on a clean start: say so to their senders, who
        // republish state after the reconnect anyway.
        inFlight.keySet().forEach(f -> f.completeExceptionally(new IllegalStateException("connection lost before the broker acknowledged")));
        drain();
        listeners.forEach(l -> l.changed(false, cause));
        scheduleReconnect(cause);
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        subscriptions.forEach((filter, s) -> {
            if (TopicFilter.matches(filter, topic)) {
                try {
                    if (s.exchangeHandler() != null) {
                        MqttProperties p = message.getProperties();
                        s.exchangeHandler().handle(topic, message.getPayload(), p == null ? new Exchange("", null)
                                : new Exchange(p.getResponseTopic(), p.getCorrelationData()));
                    } else {
                        s.handler().handle(topic, message.getPayload(), message.isRetained());
                    }
                } catch (RuntimeException e) {
                    log.warn("Handler of {} failed on a message of {}: {}", filter, topic, e.toString());
                }
            }
        });
    }

    @Override
    public CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retained) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!client.isConnected()) {
            done.completeExceptionally(notConnected());
            return done;
        }
        backlog.add(new Outgoing(topic, payload, qos, retained, null, done));
        drain();
        return done;
    }

    @Override
    public CompletableFuture<Void> publishExchange(String topic, byte[] payload, int qos, Exchange exchange) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!client.isConnected()) {
            done.completeExceptionally(notConnected());
            return done;
        }
        backlog.add(new Outgoing(topic, payload, qos, false, exchange, done));
        drain();
        return done;
    }

    /** Sends waiting messages while fewer than the broker takes are unacknowledged. */
    private synchronized void drain() {
        DRAINING.set(true);
        try {
            sendWhileRoom();
        } finally {
            DRAINING.set(false);
        }
    }

    private void sendWhileRoom() {
        while (inFlight.size() < inFlightLimit) {
            Outgoing next = backlog.poll();
            if (next == null) {
                return;
            }
            if (!client.isConnected()) {
                next.done().completeExceptionally(notConnected());
                continue;
            }
            inFlight.put(next.done(), System.nanoTime());
            next.done().whenComplete((v, e) -> {
                inFlight.remove(next.done());
                // On the acknowledging thread: a hop to another thread per acknowledgement would cost
                // more than the publish. A completion inside the loop below (a refused publish) needs
                // nothing: the loop goes on by itself.
                if (!backlog.isEmpty() && !DRAINING.get()) {
                    drain();
                }
            });
            try {
                MqttMessage message = new MqttMessage(next.payload(), next.qos(), next.retained(), null);
                if (next.exchange() != null) {
                    MqttProperties properties = new MqttProperties();
                    if (!next.exchange().responseTopic().isEmpty()) {
                        properties.setResponseTopic(next.exchange().responseTopic());
                    }
                    properties.setCorrelationData(next.exchange().correlationData());
                    message.setProperties(properties);
                }
                client.publish(next.topic(), message, null, listener(next.done()));
            } catch (MqttException e) {
                next.done().completeExceptionally(e);
            }
        }
    }

    private IllegalStateException notConnected() {
        return new IllegalStateException("not connected to " + options.serverUri());
    }

    @Override
    public CompletableFuture<Void> subscribe(String filter, int qos, MessageHandler handler) {
        subscriptions.put(filter, new Subscription(qos, handler, null));
        return client.isConnected() ? subscribeNow(filter, qos) : CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> subscribeToExchanges(String filter, int qos, ExchangeHandler handler) {
        subscriptions.put(filter, new Subscription(qos, null, handler));
        return client.isConnected() ? subscribeNow(filter, qos) : CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<Void> subscribeNow(String filter, int qos) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            client.subscribe(filter, qos, null, listener(done));
        } catch (MqttException e) {
            done.completeExceptionally(e);
        }
        return done;
    }

    private static MqttActionListener listener(CompletableFuture<Void> done) {
        return new MqttActionListener() {
            @Override
            public void onSuccess(IMqttToken token) {
                done.complete(null);
            }

            @Override
            public void onFailure(IMqttToken token, Throwable cause) {
                done.completeExceptionally(cause);
            }
        };
    }

    @Override
    public void onConnectionChange(ConnectionListener listener) {
        listeners.add(listener);
    }

    @Override
    public boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        closed = true;
        scheduler.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect(1000).waitForCompletion(2000);
            }
            client.close(true);
        } catch (MqttException e) {
            log.debug("MQTT {} did not close cleanly: {}", options.clientId(), e.toString());
        }
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
        log.warn("MQTT {} error: {}", options.clientId(), exception.toString());
    }

    @Override
    public void deliveryComplete(IMqttToken token) {
        // Completion is reported through each publish's future.
    }

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {
        // No enhanced authentication is used.
    }
}
