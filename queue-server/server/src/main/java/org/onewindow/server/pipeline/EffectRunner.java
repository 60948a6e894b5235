package org.onewindow.server.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

import org.onewindow.server.events.HallEvent;

/** Every effect of a group, run in the order Spring lists them, for one event. */
@Component
class EffectRunner {

    private final Map<EffectGroup, List<HallEffect>> byGroup = new EnumMap<>(EffectGroup.class);

    EffectRunner(List<HallEffect> effects) {
        for (EffectGroup group : EffectGroup.values()) {
            byGroup.put(group, effects.stream().filter(e -> e.group() == group).toList());
        }
    }

    /** Starts every effect; the future completes when all are done, and fails when one failed. */
    CompletableFuture<Void> run(EffectGroup group, HallEvent event) {
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (HallEffect effect : byGroup.get(group)) {
            CompletableFuture<Void> f = effect.apply(event);
            if (f != HallEffect.DONE) {
                pending.add(f);
            }
        }
        return pending.isEmpty() ? HallEffect.DONE : CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new));
    }
}
