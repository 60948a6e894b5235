package org.onewindow.server.notice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import redis.clients.jedis.UnifiedJedis;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;

/**
 * The day's notice subscriptions of a hall and the notices sent, in Redis: changed by scripts,
 * expiring at the end of the business day they were made for, so no number is kept longer.
 */
@Component
class NoticeStore {

    private final UnifiedJedis redis;
    private final LuaScripts scripts;
    private final Clock clock;

    NoticeStore(UnifiedJedis redis, LuaScripts scripts, Clock clock) {
        this.redis = redis;
        this.scripts = scripts;
        this.clock = clock;
    }

    /** Keeps the subscription of a waiting ticket until {@code expireAtSeconds}; refuses any other ticket. */
    void subscribe(String hallId, String day, NoticeSubscription s, long expireAtSeconds) {
        HallKeys keys = HallKeys.of(hallId);
        scripts.run("notice_subscribe", List.of(keys.tickets(day), keys.notices(day), keys.noticesSent(day)),
                List.of(s.ticketId(), JsonCodec.toJson(s), Long.toString(expireAtSeconds)));
    }

    boolean cancel(String hallId, String day, String ticketId) {
        Object removed = scripts.run("notice_cancel", List.of(HallKeys.of(hallId).notices(day)), List.of(ticketId));
        return Long.valueOf(1).equals(removed);
    }

    List<NoticeSubscription> all(String hallId, String day) {
        List<NoticeSubscription> out = new ArrayList<>();
        redis.hvals(HallKeys.of(hallId).notices(day)).forEach(j -> out.add(JsonCodec.fromJson(j, NoticeSubscription.class)));
        return out;
    }

    boolean wasSent(String hallId, String day, String ticketId, String kind) {
        return redis.hexists(HallKeys.of(hallId).noticesSent(day), ticketId + ":" + kind);
    }

    void noteSent(String hallId, String day, String ticketId, String kind, long expireAtSeconds) {
        scripts.run("notice_sent", List.of(HallKeys.of(hallId).noticesSent(day)),
                List.of(ticketId + ":" + kind, Long.toString(clock.millis()), Long.toString(expireAtSeconds)));
    }
}
