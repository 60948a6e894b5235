package org.onewindow.server.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.redis.HallKeys;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Tails every hall's event log and publishes each entry, in order, as a Spring event. Every
 * server instance runs one, so each sees every change whichever instance made it; listeners
 * that must act once per hall (the MQTT publisher) arbitrate among themselves.
 */
@Component
class HallEventFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(HallEventFeed.class);
    private static final int BLOCK_MILLIS = 500;

    private final JedisPool pool;
    private final HallEventLog eventLog;
    private final HallDirectory halls;
    private final ApplicationEventPublisher publisher;
    private volatile boolean running;
    private Thread thread;

    HallEventFeed(JedisPool pool, HallEventLog eventLog, HallDirectory halls, ApplicationEventPublisher publisher) {
        this.pool = pool;
        this.eventLog = eventLog;
        this.halls = halls;
        this.publisher = publisher;
    }

    @Override
    public void start() {
        Map<String, StreamEntryID> cursors = new HashMap<>();
        // Start at the current end (a concrete id, not "$", so nothing written between two reads is
        // skipped): what happened before this instance started was published by whoever made it.
        halls.all().forEach(h -> cursors.put(HallKeys.of(h.id()).events(), new StreamEntryID(eventLog.lastId(h.id()))));
        Map<String, String> hallOfKey = new HashMap<>();
        halls.all().stream().map(Hall::id).forEach(id -> hallOfKey.put(HallKeys.of(id).events(), id));
        running = true;
        thread = new Thread(() -> tail(cursors, hallOfKey), "hall-event-feed");
        thread.setDaemon(true);
        thread.start();
    }

    private void tail(Map<String, StreamEntryID> cursors, Map<String, String> hallOfKey) {
        while (running) {
            try (Jedis jedis = pool.getResource()) {
                List<Map.Entry<String, List<StreamEntry>>> batches =
                        jedis.xread(XReadParams.xReadParams().block(BLOCK_MILLIS).count(200), cursors);
                if (batches == null) {
                    continue;
                }
                for (Map.Entry<String, List<StreamEntry>> batch : batches) {
                    for (StreamEntry entry : batch.getValue()) {
                        cursors.put(batch.getKey(), entry.getID());
                        HallEventLog.decode(hallOfKey.get(batch.getKey()), entry).ifPresent(this::deliver);
                    }
                }
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Event feed interrupted ({}); retrying", e.toString());
                    pause();
                }
            }
        }
    }

    private void deliver(HallEvent event) {
        try {
            publisher.publishEvent(event);
        } catch (RuntimeException e) {
            // One failing listener must not stop the feed for everyone else.
            log.error("A listener failed on {} {} of hall {}", event.type(), event.streamId(), event.hallId(), e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
