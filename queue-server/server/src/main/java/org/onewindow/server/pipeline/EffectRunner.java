package org.onewindow.server.pipeline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    void run(EffectGroup group, HallEvent event) {
        for (HallEffect effect : byGroup.get(group)) {
            effect.apply(event);
        }
    }
}
