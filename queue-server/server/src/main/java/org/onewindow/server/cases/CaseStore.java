package org.onewindow.server.cases;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import redis.clients.jedis.UnifiedJedis;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;

/**
 * The cases of a hall in Redis, every write a script. Opening numbers and stores a case in one
 * step ({@code case_open.lua}). A step of a case is made here from the case as read and stored by
 * {@code case_change.lua} only if the case is still as read; if another change came first, the
 * step is made again from the case as it is now. So two clerks changing one case at once both
 * have their step kept, and the rules (a case never goes back) are checked against the case they
 * apply to, while they stay written once, in Java.
 */
final class CaseStore {

    /** Stands for the number of a case being opened until the script numbers it. */
    static final String NUMBER_TO_COME = "CASE-NUMBER-TO-COME";
    /** Stands for the locker slot of a result being loaded until the script finds a free one. */
    static final String SLOT_TO_COME = "LOCKER-SLOT-TO-COME";
    /**
     * Each failed attempt means another change of the case was stored since it was read; every
     * change gets through unless more than this many are made to one case at the same moment.
     */
    private static final int ATTEMPTS = 16;

    private final UnifiedJedis redis;
    private final LuaScripts scripts;
    private final Clock clock;

    CaseStore(UnifiedJedis redis, LuaScripts scripts, Clock clock) {
        this.clock = clock;
        this.redis = redis;
        this.scripts = scripts;
    }

    /** A step: the case after it, the lockers to load the result into (0: none), the slot it frees (""). */
    record Step(CaseView after, int lockers, String slotToFree) {

        static Step of(CaseView after) {
            return new Step(after, 0, "");
        }
    }

    /** A case just opened ({@code opened}) or found opened before. */
    record Opened(CaseView c, boolean opened) {
    }

    /** Opens {@code c}, whose number is {@link #NUMBER_TO_COME}, as the case of its ticket, unless it has one. */
    Opened open(String hallId, String day, CaseView c, String personKey) {
        HallKeys keys = HallKeys.of(hallId);
        boolean known = personKey != null && !personKey.isEmpty();
        List<?> reply = (List<?>) scripts.run("case_open", List.of(keys.caseOfTicket(), keys.caseNumbers(day), keys.cases(),
                keys.casesOfPerson(known ? personKey : "-"), keys.events()), List.of(c.ticketId(), day, JsonCodec.toJson(c),
                known ? "1" : "0", Long.toString(clock.millis())));
        return new Opened(find(hallId, (String) reply.get(0)), "1".equals(String.valueOf(reply.get(1))));
    }

    /** Whether the ticket has its case already: one read, where opening it again would be a few. */
    boolean opened(String hallId, String ticketId) {
        return redis.hexists(HallKeys.of(hallId).caseOfTicket(), ticketId);
    }

    /**
     * Stores the step {@code how} makes from the case, made again from the newer case as often as
     * another change comes first. {@code how} may refuse by throwing; then nothing is stored.
     */
    CaseView change(String hallId, String caseNo, Function<CaseView, Step> how) {
        HallKeys keys = HallKeys.of(hallId);
        String json = json(hallId, caseNo);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Step step = how.apply(JsonCodec.fromJson(json, CaseView.class));
            List<?> reply = (List<?>) scripts.run("case_change", List.of(keys.cases(), keys.lockerSlots(), keys.events()),
                    List.of(caseNo, json, JsonCodec.toJson(step.after()), Integer.toString(step.lockers()), step.slotToFree(),
                            Long.toString(clock.millis())));
            json = (String) reply.get(1);
            if ("changed".equals(reply.get(0))) {
                return JsonCodec.fromJson(json, CaseView.class);
            }
        }
        throw new ConflictException("CASE_CHANGED", "case " + caseNo + " was changed meanwhile; try again");
    }

    boolean release(String hallId, String caseNo, String status, int steps, String personKey) {
        HallKeys keys = HallKeys.of(hallId);
        boolean known = personKey != null && !personKey.isEmpty();
        Object released = scripts.run("case_release", List.of(keys.cases(), keys.caseOfTicket(),
                keys.casesOfPerson(known ? personKey : "-")), List.of(caseNo, status, Integer.toString(steps)));
        return Long.valueOf(1).equals(released);
    }

    CaseView find(String hallId, String caseNo) {
        return JsonCodec.fromJson(json(hallId, caseNo), CaseView.class);
    }

    /** A person's cases, newest first. */
    List<CaseView> ofPerson(String hallId, String personKey) {
        HallKeys keys = HallKeys.of(hallId);
        List<String> numbers = List.copyOf(redis.smembers(keys.casesOfPerson(personKey)));
        if (numbers.isEmpty()) {
            return List.of();
        }
        return newestFirst(redis.hmget(keys.cases(), numbers.toArray(String[]::new)).stream().filter(j -> j != null).toList());
    }

    /** Every case of the hall, newest first. */
    List<CaseView> all(String hallId) {
        return newestFirst(redis.hvals(HallKeys.of(hallId).cases()));
    }

    private String json(String hallId, String caseNo) {
        return Optional.ofNullable(redis.hget(HallKeys.of(hallId).cases(), caseNo))
                .orElseThrow(() -> new NotFoundException("case", caseNo));
    }

    private static List<CaseView> newestFirst(List<String> json) {
        return json.stream().map(j -> JsonCodec.fromJson(j, CaseView.class))
                .sorted(Comparator.comparing(CaseView::createdAt).reversed()).toList();
    }
}
