package org.onewindow.server.faults.load;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.CallAnnouncement;
import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.message.RecentCall;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.faults.checks.HeardOnMqtt;

/**
 * What a board and the hall's evaluators hear: a subscriber that stays up for the whole run (and
 * reconnects with the same subscriptions when the broker restarts) on the hall's calls and every
 * window's {@code evaluator/pending}. Keeps the first arrival of each call and each rating request.
 * Like a board, after its own reconnect it also takes the calls listed on the first board state it
 * gets as heard (docs/mqtt.md): calls made while nobody could hear them are shown there.
 */
public final class HallWatcher implements AutoCloseable {

    /** A call as first heard, with its arrival time (epoch millis). */
    public record Heard(String callId, String number, String window, long at) {
    }

    private final MqttGateway gateway;
    private final Map<String, Heard> calls = new ConcurrentHashMap<>();
    private final Map<String, RatingRequest> offers = new ConcurrentHashMap<>();
    private final BlockingQueue<RatingRequest> newOffers = new LinkedBlockingQueue<>();
    /** Set by a lost connection: the next board state's calls count as heard. */
    private volatile boolean catchUpFromBoard;

    public HallWatcher(String brokerUri, String hallId) {
        HallTopics topics = HallTopics.forHall(hallId);
        gateway = MqttGateways.connect(MqttOptions.of(brokerUri, "fault-watcher-" + UUID.randomUUID()));
        gateway.onConnectionChange((connected, cause) -> {
            if (!connected) {
                catchUpFromBoard = true;
            }
        });
        try {
            // Subscribed before the load starts: a subscription asked for before the connection is
            // made is only sent once it is, and calls meanwhile would go unheard.
            Awaitility.await("the watcher's connection").atMost(Duration.ofSeconds(30)).until(gateway::isConnected);
            gateway.subscribe(topics.calls(), 1, (topic, payload, retained) -> heardCall(payload)).get(30, TimeUnit.SECONDS);
            gateway.subscribe(topics.board(), 1, (topic, payload, retained) -> heardBoard(payload)).get(30, TimeUnit.SECONDS);
            gateway.subscribe(topics.allEvaluatorPending(), 1, (topic, payload, retained) -> heardOffer(payload))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            gateway.close();
            throw new IllegalStateException("the watcher could not subscribe on " + brokerUri, e);
        }
    }

    private void heardCall(byte[] payload) {
        long at = System.currentTimeMillis();
        CallAnnouncement call = JsonCodec.fromBytes(payload, CallAnnouncement.class);
        calls.putIfAbsent(call.callId(), new Heard(call.callId(), call.ticketNumber(), call.windowNo(), at));
    }

    private void heardBoard(byte[] payload) {
        if (!catchUpFromBoard || payload == null || payload.length == 0) {
            return;
        }
        catchUpFromBoard = false;
        long at = System.currentTimeMillis();
        for (RecentCall c : JsonCodec.fromBytes(payload, BoardState.class).recentCalls()) {
            calls.putIfAbsent(c.callId(), new Heard(c.callId(), c.ticketNumber(), c.windowNo(), at));
        }
    }

    private void heardOffer(byte[] payload) {
        if (payload == null || payload.length == 0) {
            return; // a rated or emptied request
        }
        RatingRequest request = JsonCodec.fromBytes(payload, RatingRequest.class);
        if (request.ticketId() != null && offers.putIfAbsent(request.ticketId(), request) == null) {
            newOffers.add(request);
        }
    }

    public Map<String, Heard> calls() {
        return Map.copyOf(calls);
    }

    /** Each call heard as "number@window". */
    public Set<String> callKeys() {
        return calls.values().stream().map(h -> h.number() + "@" + h.window()).collect(Collectors.toSet());
    }

    public Set<String> offeredTickets() {
        return Set.copyOf(offers.keySet());
    }

    /** What was heard so far, for the checks. */
    public HeardOnMqtt heard() {
        return new HeardOnMqtt(callKeys(), calls.values().stream().map(Heard::at).toList(), offeredTickets());
    }

    /** The next rating request not taken yet, waiting at most the given time; null when none came. */
    RatingRequest nextOffer(long millis) throws InterruptedException {
        return newOffers.poll(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        gateway.close();
    }
}
