package org.onewindow.server.pipeline;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Component;

import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.StreamEntry;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventLog;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.redis.LuaScripts;

/**
 * Effects given up after {@link HallLane#MAX_TRIES}: kept per hall until a manager retries them.
 * Parking and unparking are written to the hall's log too, so consoles on every instance hear of them.
 */
@Component
public class ParkedEffects {

    private static final long RETRY_PATIENCE_SECONDS = 10;

    private final UnifiedJedis redis;
    private final LuaScripts scripts;
    private final HallDirectory halls;
    private final Clock clock;
    private final EffectRunner runner;

    ParkedEffects(UnifiedJedis redis, LuaScripts scripts, HallDirectory halls, Clock clock, EffectRunner runner) {
        this.redis = redis;
        this.scripts = scripts;
        this.halls = halls;
        this.clock = clock;
        this.runner = runner;
    }

    void park(EffectGroup group, HallEvent event, int tries, Throwable error) {
        HallKeys keys = HallKeys.of(event.hallId());
        ParkedEffect parked = new ParkedEffect(group.groupName() + ":" + event.streamId(), group.groupName(),
                event.streamId(), event.type().name(), event.ticketNumber(), event.windowNo(), tries,
                String.valueOf(error), clock.instant());
        scripts.run("effect_park", List.of(keys.events(), keys.parkedEffects()),
                List.of(group.groupName(), event.streamId(), JsonCodec.toJson(parked), Long.toString(clock.millis())));
    }

    /** The hall's parked effects, oldest first. */
    public List<ParkedEffect> of(String hallId) {
        return redis.hvals(HallKeys.of(halls.get(hallId).id()).parkedEffects()).stream()
                .map(json -> JsonCodec.fromJson(json, ParkedEffect.class))
                .sorted(Comparator.comparing(ParkedEffect::streamId))
                .toList();
    }

    /**
     * Runs a parked entry's effects again, here and now; once they succeed it is no longer parked.
     * When it fails again it stays parked, and the caller is told why (409 EFFECT_FAILED).
     */
    public void retry(String hallId, String id) {
        HallKeys keys = HallKeys.of(halls.get(hallId).id());
        ParkedEffect parked = of(hallId).stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("parked effect", id));
        EffectGroup group = List.of(EffectGroup.values()).stream().filter(g -> g.groupName().equals(parked.group()))
                .findFirst().orElseThrow(() -> new NotFoundException("parked effect", id));
        try {
            Optional<HallEvent> event = entry(hallId, parked.streamId());
            if (event.isPresent()) {
                runner.run(group, event.get()).get(RETRY_PATIENCE_SECONDS, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            throw new ConflictException("EFFECT_FAILED", "it failed again: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new ConflictException("EFFECT_FAILED", "it did not finish within " + RETRY_PATIENCE_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("EFFECT_FAILED", "interrupted");
        } catch (RuntimeException e) {
            throw new ConflictException("EFFECT_FAILED", "it failed again: " + e.getMessage());
        }
        scripts.run("effect_unpark", List.of(keys.parkedEffects(), keys.events()), List.of(id, Long.toString(clock.millis())));
    }

    private Optional<HallEvent> entry(String hallId, String streamId) {
        StreamEntryID id = new StreamEntryID(streamId);
        List<StreamEntry> found = redis.xrange(HallKeys.of(hallId).events(), id, id, 1);
        return found.isEmpty() ? Optional.empty() : HallEventLog.decode(hallId, found.get(0));
    }
}
