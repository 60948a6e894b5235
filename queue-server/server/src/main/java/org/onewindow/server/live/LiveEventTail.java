package org.onewindow.server.live;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventLog;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.StreamReads;

import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Tails the event log of every hall that has a console or a ticket stream open on this instance, from the moment the
 * first one opened, and tells its streams. This is the one reader that may miss an entry (a lost
 * connection): a console only refreshes what it shows, and reloads it all when it reconnects. Work
 * that must be done after a change is the event pipeline's.
 */
@Component
class LiveEventTail implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveEventTail.class);
    private static final int BLOCK_MILLIS = 500;
    private static final long IDLE_MILLIS = 200;

    private final UnifiedJedis redis;
    private final HallEventLog eventLog;
    private final List<HallEventWatcher> watchers;
    private volatile boolean running;
    private Thread thread;

    LiveEventTail(UnifiedJedis redis, HallEventLog eventLog, List<HallEventWatcher> watchers) {
        this.redis = redis;
        this.eventLog = eventLog;
        this.watchers = List.copyOf(watchers);
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::tail, "console-event-tail");
        thread.setDaemon(true);
        thread.start();
    }

    private void tail() {
        Map<String, StreamEntryID> cursors = new HashMap<>();
        Map<String, String> hallOfKey = new HashMap<>();
        while (running) {
            try {
                follow(watchedHalls(), cursors, hallOfKey);
                if (cursors.isEmpty()) {
                    Thread.sleep(IDLE_MILLIS);
                    continue;
                }
                List<Map.Entry<String, List<StreamEntry>>> batches = StreamReads.read(redis, 200, BLOCK_MILLIS, cursors);
                for (Map.Entry<String, List<StreamEntry>> batch : batches) {
                    for (StreamEntry entry : batch.getValue()) {
                        cursors.put(batch.getKey(), entry.getID());
                        HallEventLog.decode(hallOfKey.get(batch.getKey()), entry).ifPresent(this::tell);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("Console event tail interrupted ({}); retrying", e.toString());
                    cursors.clear();
                    pause();
                }
            }
        }
    }

    private Set<String> watchedHalls() {
        Set<String> halls = new HashSet<>();
        watchers.forEach(w -> halls.addAll(w.watchedHalls()));
        return halls;
    }

    private void tell(HallEvent event) {
        for (HallEventWatcher w : watchers) {
            if (w.watchedHalls().contains(event.hallId())) {
                w.heard(event);
            }
        }
    }

    private void follow(Set<String> watched, Map<String, StreamEntryID> cursors, Map<String, String> hallOfKey) {
        cursors.keySet().removeIf(key -> !watched.contains(hallOfKey.get(key)));
        for (String hall : watched) {
            String key = HallKeys.of(hall).events();
            if (!cursors.containsKey(key)) {
                // A concrete id, not "$": nothing written between two reads is skipped.
                cursors.put(key, new StreamEntryID(eventLog.lastId(hall)));
                hallOfKey.put(key, hall);
            }
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
