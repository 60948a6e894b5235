package org.onewindow.display.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.json.MalformedPayloadException;
import org.onewindow.protocol.message.BoardState;
import org.onewindow.protocol.message.CallAnnouncement;
import org.onewindow.protocol.message.DevicePresence;
import org.onewindow.protocol.message.RecentCall;
import org.onewindow.protocol.message.WindowScreen;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.topic.HallTopics;

/**
 * A screen's view of the hall, kept from the server's MQTT topics: the retained board and window
 * screens, the server's presence, and the calls to announce.
 *
 * <p>States only move forward: a message with a lower {@code seq} than the one shown is an old
 * one arriving late and is ignored. The watermarks are forgotten after a reconnect, because the
 * retained messages that follow are the broker's current state, and when the server announces
 * itself online, because a server whose Redis was reset counts from 1 again. A call is passed on
 * once, and those made while the connection was down are caught up ({@link CallCatchUp}).
 * Anything unreadable or for another hall is logged and ignored; the last good state stays on
 * screen.
 */
public final class HallFeed {

    private static final Logger log = LoggerFactory.getLogger(HallFeed.class);

    /** Told of every change; called on the MQTT thread. */
    public interface Listener {
        void stateChanged(DisplayState state);

        void called(CallAnnouncement call);
    }

    private final MqttGateway mqtt;
    private final String hallId;
    private final HallTopics topics;
    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Long> seqByTopic = new HashMap<>();
    private final CallCatchUp calls = new CallCatchUp();
    private DisplayState state = DisplayState.empty();
    /** When the connection came up, until the first state after it arrives; for the log. */
    private Instant connectedAt;

    public HallFeed(MqttGateway mqtt, String hallId, Clock clock) {
        this.mqtt = mqtt;
        this.hallId = hallId;
        this.topics = HallTopics.forHall(hallId);
        this.clock = clock;
    }

    public synchronized void addListener(Listener listener) {
        listeners.add(listener);
        listener.stateChanged(state);
    }

    public synchronized DisplayState current() {
        return state;
    }

    /** Follows the main board: board state, calls and server presence. */
    public HallFeed followBoard() {
        follow();
        mqtt.subscribe(topics.board(), 1, (topic, payload, retained) -> onBoard(topic, payload));
        mqtt.subscribe(topics.calls(), 1, (topic, payload, retained) -> onCall(topic, payload));
        return this;
    }

    /** Follows one window's screen and the calls to it. */
    public HallFeed followWindow(String windowNo) {
        followWindowScreen(windowNo);
        mqtt.subscribe(topics.calls(), 1, (topic, payload, retained) -> onCall(topic, payload));
        return this;
    }

    /** Follows one window's screen only, with no calls (the evaluator on its counter). */
    public HallFeed followWindowScreen(String windowNo) {
        follow();
        mqtt.subscribe(topics.windowScreen(windowNo), 1, (topic, payload, retained) -> onWindow(topic, payload, windowNo));
        return this;
    }

    private void follow() {
        mqtt.onConnectionChange((connected, cause) -> {
            synchronized (this) {
                if (connected) {
                    seqByTopic.clear();
                    connectedAt = clock.instant();
                    calls.connected();
                } else {
                    calls.lost(clock.instant());
                }
            }
            update(s -> s.withConnected(connected));
        });
        mqtt.subscribe(topics.serverPresence(), 1, (topic, payload, retained) -> onServerPresence(topic, payload, retained));
        update(s -> s.withConnected(mqtt.isConnected()));
    }

    private void onBoard(String topic, byte[] payload) {
        BoardState board = read(topic, payload, BoardState.class);
        if (board == null || !fromThisHall(topic, board.hallId()) || !newer(topic, board.seq())) {
            return;
        }
        // Caught up from the board as shown, where each ticket is listed once.
        catchUpCalls(update(s -> s.withBoard(board, clock.instant())).board());
    }

    /** The calls made while the connection was down, from the board state that follows it. */
    private void catchUpCalls(BoardState board) {
        List<RecentCall> missed;
        synchronized (this) {
            missed = calls.missed(board);
        }
        for (RecentCall c : missed) {
            deliver(new CallAnnouncement(hallId, c.callId(), board.seq(), c.ticketNumber(), c.windowNo(), c.areaId(),
                    c.areaName(), c.recall() ? 1 : 0, c.calledAt(), c.silent()));
        }
    }

    private void onWindow(String topic, byte[] payload, String windowNo) {
        WindowScreen screen = read(topic, payload, WindowScreen.class);
        if (screen == null || !fromThisHall(topic, screen.hallId())) {
            return;
        }
        if (!windowNo.equals(screen.windowNo()) || screen.status() == null) {
            log.warn("Ignored a window screen on {}: it is for window {} with status {}", topic, screen.windowNo(), screen.status());
            return;
        }
        if (newer(topic, screen.seq())) {
            update(s -> s.withWindow(screen, clock.instant()));
        }
    }

    private void onServerPresence(String topic, byte[] payload, boolean retained) {
        DevicePresence presence = read(topic, payload, DevicePresence.class);
        if (presence == null) {
            return;
        }
        if (presence.online() && !retained) {
            // A server (re)starting now may count from 1 again (its Redis was reset) while the broker
            // still holds states of its previous life with higher numbers: start ordering afresh.
            synchronized (this) {
                seqByTopic.clear();
            }
        }
        update(s -> s.withServerOnline(presence.online()));
    }

    private void onCall(String topic, byte[] payload) {
        CallAnnouncement call = read(topic, payload, CallAnnouncement.class);
        if (call == null || !fromThisHall(topic, call.hallId())) {
            return;
        }
        if (call.callId() == null || call.ticketNumber() == null || call.ticketNumber().isBlank()
                || !HallTopics.isSafeId(call.windowNo())) {
            log.warn("Ignored a call on {}: no call id, ticket or window", topic);
            return;
        }
        deliver(call);
    }

    private void deliver(CallAnnouncement call) {
        synchronized (this) {
            if (!calls.firstTime(call.callId())) {
                return;
            }
        }
        listeners.forEach(l -> l.called(call));
    }

    private <T> T read(String topic, byte[] payload, Class<T> type) {
        try {
            return JsonCodec.fromBytes(payload, type);
        } catch (MalformedPayloadException e) {
            log.warn("Ignored a malformed message on {}: {}", topic, e.getMessage());
            return null;
        }
    }

    private boolean fromThisHall(String topic, String messageHall) {
        if (!hallId.equals(messageHall)) {
            log.warn("Ignored a message on {}: it names hall {}", topic, messageHall);
            return false;
        }
        return true;
    }

    private synchronized boolean newer(String topic, long seq) {
        Long shown = seqByTopic.get(topic);
        if (shown != null && seq < shown) {
            log.debug("Ignored {} seq {}: showing seq {}", topic, seq, shown);
            return false;
        }
        seqByTopic.put(topic, seq);
        if (connectedAt != null) {
            log.info("Showing {} seq {}, {} ms after connecting", topic, seq,
                    Duration.between(connectedAt, clock.instant()).toMillis());
            connectedAt = null;
        }
        return true;
    }

    private DisplayState update(UnaryOperator<DisplayState> change) {
        // Told under the lock, so listeners see states in the order they were made.
        synchronized (this) {
            state = change.apply(state);
            listeners.forEach(l -> l.stateChanged(state));
            return state;
        }
    }
}
