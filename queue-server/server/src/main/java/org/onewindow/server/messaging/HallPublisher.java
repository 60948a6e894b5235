package org.onewindow.server.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.json.MalformedPayloadException;
import org.onewindow.protocol.message.CallAnnouncement;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.message.TidalSuggestions;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.pipeline.EffectGroup;
import org.onewindow.server.pipeline.HallEffect;
import org.onewindow.server.pipeline.HallLeases;
import org.onewindow.server.pipeline.LeaseListener;

/**
 * Publishes each hall over MQTT from its event log, on the instance that works the hall: every
 * call individually, in order, as a QoS 1 event acknowledged by the broker before its log entry
 * is (so a call is announced at least once; boards announce a {@code callId} once), and after any
 * change the retained board, screens and queues, coalesced ({@link RetainedStates}). A call made
 * while the broker was away is announced once it is back, unless it is older than
 * {@link #STALE_CALL}: nobody waits that long at a board.
 */
@Component
class HallPublisher implements HallEffect, LeaseListener {

    static final Duration STALE_CALL = Duration.ofMinutes(2);
    private static final Set<HallEventType> CALLS = Set.of(HallEventType.TICKET_CALLED, HallEventType.TICKET_RECALLED);

    private final HallConnections connections;
    private final HallLeases leases;
    private final RetainedStates states;
    private final HallDirectory halls;
    private final BrokerAcknowledged broker;
    private final Clock clock;

    HallPublisher(HallConnections connections, HallLeases leases, RetainedStates states, HallDirectory halls,
                  BrokerAcknowledged broker, Clock clock) {
        this.connections = connections;
        this.leases = leases;
        this.states = states;
        this.halls = halls;
        this.broker = broker;
        this.clock = clock;
        leases.addListener(this);
        // A broker that was away lost what it retained (or the messages of a dropped connection
        // may not have reached it): the halls that connection carries are published anew.
        connections.publishingHalls().forEach((gateway, carried) -> gateway.onConnectionChange((connected, cause) -> {
            if (connected) {
                carried.stream().filter(leases::holds).forEach(states::everything);
            }
        }));
        connections.all().forEach((hallId, gateway) -> {
            // Another instance's last-will may mark the server offline while this one works the hall: say otherwise.
            gateway.subscribe(HallTopics.forHall(hallId).serverPresence(), 1, (topic, payload, retained) -> {
                if (leases.holds(hallId) && saysOffline(payload)) {
                    states.everything(hallId);
                }
            });
        });
    }

    @Override
    public EffectGroup group() {
        return EffectGroup.DEVICES;
    }

    @Override
    public void gained(String hallId) {
        states.everything(hallId);
    }

    @Override
    public CompletableFuture<Void> apply(HallEvent event) {
        if (!event.type().changesTheHall()) {
            return DONE;
        }
        CompletableFuture<Void> announced = DONE;
        if (CALLS.contains(event.type()) && event.at().isAfter(clock.instant().minus(STALE_CALL))) {
            announced = broker.publish(event.hallId(), HallTopics.forHall(event.hallId()).calls(), JsonCodec.toBytes(call(event)), false);
        }
        // After the call: on the hall's connection it goes out ahead of the states this schedules.
        states.changed(event.hallId(), event.windowNo());
        return announced;
    }

    @EventListener
    void on(TidalSuggestions suggestions) {
        if (leases.holds(suggestions.hallId())) {
            connections.publishingOf(suggestions.hallId()).publish(HallTopics.forHall(suggestions.hallId()).tidalSuggestions(),
                    JsonCodec.toBytes(suggestions), 1, true);
        }
    }

    private CallAnnouncement call(HallEvent e) {
        String areaName = halls.get(e.hallId()).area(e.areaId()).map(a -> a.name()).orElse(e.areaId());
        return new CallAnnouncement(e.hallId(), e.get("callId"), e.seq(), e.ticketNumber(), e.windowNo(), e.areaId(),
                areaName, parseInt(e.get("recalls")), e.at(), "1".equals(e.get("silent")));
    }

    private static boolean saysOffline(byte[] payload) {
        try {
            return !JsonCodec.fromBytes(payload, DevicePresence.class).online();
        } catch (MalformedPayloadException e) {
            return false;
        }
    }

    private static int parseInt(String s) {
        return s == null || s.isEmpty() ? 0 : Integer.parseInt(s);
    }
}
