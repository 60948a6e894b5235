package org.onewindow.server.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.json.MalformedPayloadException;
import org.onewindow.protocol.message.CallAnnouncement;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.message.TidalSuggestions;
import org.onewindow.protocol.message.WindowScreen;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventLog;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.state.HallStateQuery;

/**
 * Publishes each hall over MQTT from its event log: calls as QoS 1 events, and after every change
 * the retained board, window screens and area queues, read after the change so that a state is
 * never older than its sequence number. Only the holder of the hall's {@link PublisherLease}
 * publishes; on taking the lease, and after every broker reconnect, it republishes all retained
 * state and replays the calls it may have missed.
 */
@Component
class HallPublisher {

    private static final Logger log = LoggerFactory.getLogger(HallPublisher.class);
    private static final Duration STALE_CALL = Duration.ofMinutes(2);
    private static final Set<HallEventType> CALLS = Set.of(HallEventType.TICKET_CALLED, HallEventType.TICKET_RECALLED);

    private final HallConnections connections;
    private final PublisherLease lease;
    private final HallStateQuery state;
    private final HallEventLog eventLog;
    private final HallDirectory halls;
    private final Clock clock;
    private final Map<String, Boolean> leading = new ConcurrentHashMap<>();
    /** Calls whose publishing failed (the broker went away mid-flight), to send again on reconnect. */
    private final Map<String, Queue<HallEvent>> unsentCalls = new ConcurrentHashMap<>();

    HallPublisher(HallConnections connections, PublisherLease lease, HallStateQuery state, HallEventLog eventLog,
                  HallDirectory halls, Clock clock) {
        this.connections = connections;
        this.lease = lease;
        this.state = state;
        this.eventLog = eventLog;
        this.halls = halls;
        this.clock = clock;
        connections.all().forEach((hallId, gateway) -> {
            gateway.onConnectionChange((connected, cause) -> {
                if (connected && leads(hallId)) {
                    // Calls made while the broker was away are still worth announcing if recent.
                    replayUnsentCalls(hallId);
                    replayMissedCalls(hallId);
                    publishEverything(hallId);
                }
            });
            // Another instance's last-will may mark the server offline while this one leads: say otherwise.
            gateway.subscribe(HallTopics.forHall(hallId).serverPresence(), 1, (topic, payload, retained) -> {
                if (leads(hallId) && saysOffline(payload)) {
                    publish(hallId, topic, HallConnections.presence(HallTopics.forHall(hallId), true).payload(), true);
                }
            });
        });
    }

    /** Takes or renews each hall's lease; on taking it, republishes everything. */
    @Scheduled(initialDelay = 0, fixedDelay = 3000)
    void renewLeases() {
        for (String hallId : connections.all().keySet()) {
            boolean held;
            try {
                held = lease.takeOrRenew(hallId, connections.instanceId);
            } catch (RuntimeException e) {
                log.warn("Cannot renew the publisher lease of hall {}: {}", hallId, e.toString());
                held = false;
            }
            Boolean before = leading.put(hallId, held);
            if (held && !Boolean.TRUE.equals(before)) {
                log.info("Publishing hall {} from this instance ({})", hallId, connections.instanceId);
                replayMissedCalls(hallId);
                publishEverything(hallId);
            }
        }
    }

    @EventListener
    void on(HallEvent event) {
        if (!leads(event.hallId())) {
            return;
        }
        MqttGateway gateway = connections.of(event.hallId());
        if (gateway == null || !gateway.isConnected()) {
            // The cursor stays, so the reconnect replays this event's call; the state is republished whole.
            return;
        }
        if (CALLS.contains(event.type())) {
            publishCall(event);
        }
        publishState(event.hallId(), event.windowNo(), false);
        lease.saveCursor(event.hallId(), connections.instanceId, event.streamId());
    }

    @EventListener
    void on(TidalSuggestions suggestions) {
        if (leads(suggestions.hallId())) {
            publish(suggestions.hallId(), HallTopics.forHall(suggestions.hallId()).tidalSuggestions(),
                    JsonCodec.toBytes(suggestions), true);
        }
    }

    private static boolean saysOffline(byte[] payload) {
        try {
            return !JsonCodec.fromBytes(payload, DevicePresence.class).online();
        } catch (MalformedPayloadException e) {
            return false;
        }
    }

    boolean leads(String hallId) {
        return Boolean.TRUE.equals(leading.get(hallId));
    }

    private void replayMissedCalls(String hallId) {
        String cursor = lease.cursor(hallId);
        for (HallEvent event : eventLog.readAfter(hallId, cursor, 1000)) {
            if (CALLS.contains(event.type()) && event.at().isAfter(clock.instant().minus(STALE_CALL))) {
                publishCall(event);
            }
            cursor = event.streamId();
        }
        lease.saveCursor(hallId, connections.instanceId, cursor);
    }

    private void replayUnsentCalls(String hallId) {
        Queue<HallEvent> unsent = unsentCalls.getOrDefault(hallId, new ConcurrentLinkedQueue<>());
        for (HallEvent event = unsent.poll(); event != null; event = unsent.poll()) {
            if (event.at().isAfter(clock.instant().minus(STALE_CALL))) {
                publishCall(event);
            }
        }
    }

    private void publishCall(HallEvent e) {
        String areaName = halls.get(e.hallId()).area(e.areaId()).map(a -> a.name()).orElse(e.areaId());
        CallAnnouncement call = new CallAnnouncement(e.hallId(), e.get("callId"), e.seq(), e.ticketNumber(),
                e.windowNo(), e.areaId(), areaName, parseInt(e.get("recalls")), e.at());
        publish(e.hallId(), HallTopics.forHall(e.hallId()).calls(), JsonCodec.toBytes(call), false)
                .exceptionally(failure -> {
                    // The connection may drop before Paho notices; the cursor has moved on, so keep it here.
                    unsentCalls.computeIfAbsent(e.hallId(), h -> new ConcurrentLinkedQueue<>()).add(e);
                    return null;
                });
    }

    /** The board and area queues; the screen of the window concerned, or every screen. */
    private void publishState(String hallId, String windowNo, boolean everyScreen) {
        try {
            HallTopics topics = HallTopics.forHall(hallId);
            publish(hallId, topics.board(), JsonCodec.toBytes(state.board(hallId)), true);
            if (everyScreen) {
                state.windowScreens(hallId).forEach(s -> publishScreen(topics, s));
            } else if (!windowNo.isEmpty()) {
                publishScreen(topics, state.windowScreen(hallId, windowNo));
            }
            state.areaQueues(hallId).forEach(a -> publish(hallId, topics.areaQueue(a.areaId()), JsonCodec.toBytes(a), true));
        } catch (RuntimeException e) {
            log.warn("Could not publish the state of hall {}: {}", hallId, e.toString());
        }
    }

    private void publishEverything(String hallId) {
        publish(hallId, HallTopics.forHall(hallId).serverPresence(),
                HallConnections.presence(HallTopics.forHall(hallId), true).payload(), true);
        publishState(hallId, "", true);
    }

    private void publishScreen(HallTopics topics, WindowScreen screen) {
        publish(screen.hallId(), topics.windowScreen(screen.windowNo()), JsonCodec.toBytes(screen), true);
    }

    private CompletableFuture<Void> publish(String hallId, String topic, byte[] payload, boolean retained) {
        MqttGateway gateway = connections.of(hallId);
        if (gateway == null || !gateway.isConnected()) {
            // The snapshot after the reconnect brings every retained topic up to date.
            return CompletableFuture.failedFuture(new IllegalStateException("not connected"));
        }
        return gateway.publish(topic, payload, 1, retained).whenComplete((ok, e) -> {
            if (e != null) {
                log.warn("Publishing {} failed: {}", topic, e.toString());
            }
        });
    }

    private static int parseInt(String s) {
        return s == null || s.isEmpty() ? 0 : Integer.parseInt(s);
    }
}
