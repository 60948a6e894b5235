package org.onewindow.server.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;

import org.onewindow.server.queue.TicketRecord;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.LongFormTickets;

/**
 * The same day's tickets as releases before the compact record stored them, beside the real ones:
 * for each hall a copy under the hall id with {@value #SUFFIX}, holding each ticket in the long
 * form (with its request id) and the request and tracking indexes as those releases wrote them.
 * Written straight to Redis: it is what an earlier release left there, not a change the server makes.
 */
final class LongFormCopy {

    static final String SUFFIX = "-long";

    private LongFormCopy() {
    }

    /** Writes the copies; returns how many tickets they hold. */
    static long write(Jedis jedis, List<String> halls, String day) {
        long tickets = 0;
        for (String hall : halls) {
            HallKeys keys = HallKeys.of(hall);
            HallKeys copy = HallKeys.of(hall + SUFFIX);
            Map<String, String> requestOf = new HashMap<>();
            Map<String, String> requests = jedis.hgetAll(keys.requests(day));
            requests.forEach((request, id) -> requestOf.put(id, request));
            Map<String, String> tracking = jedis.hgetAll(keys.tracking(day));
            Map<String, String> stored = jedis.hgetAll(keys.tickets(day));
            Pipeline p = jedis.pipelined();
            stored.forEach((id, json) -> p.hset(copy.tickets(day), id,
                    LongFormTickets.of(TicketRecord.decode(json), requestOf.getOrDefault(id, ""))));
            requests.forEach((request, id) -> p.hset(copy.requests(day), request, id));
            tracking.forEach((code, id) -> p.hset(copy.tracking(day), code, id));
            p.sync();
            tickets += stored.size();
        }
        return tickets;
    }

    static void delete(Jedis jedis, List<String> halls, String day) {
        for (String hall : halls) {
            HallKeys copy = HallKeys.of(hall + SUFFIX);
            jedis.del(copy.tickets(day), copy.requests(day), copy.tracking(day));
        }
    }
}
