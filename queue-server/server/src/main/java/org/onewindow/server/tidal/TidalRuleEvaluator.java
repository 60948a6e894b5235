package org.onewindow.server.tidal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.protocol.message.AreaQueue;
import org.onewindow.protocol.message.NoWindowOpen;
import org.onewindow.protocol.message.TidalSuggestion;
import org.onewindow.server.hall.TidalRules;

/**
 * Decides when a tidal window should open or close; pure, so every scenario is a unit test.
 *
 * <p>An area qualifies for opening when any open threshold is reached (waiting count, oldest
 * wait, predicted wait) and has stayed reached for {@code sustainSeconds}, and no tidal window
 * serves it yet. A tidal window qualifies for closing when, for every area it serves, both close
 * thresholds hold (waiting count and predicted wait at or below), it has been open for
 * {@code minOpenMinutes}, and that too has held for {@code sustainSeconds}. The gap between the
 * open and close thresholds and the sustain period keep the advice from flapping. Where people
 * wait and no window serves the area there is no estimate: nobody is called, so the wait counts
 * as longer than any threshold.
 *
 * <p>The evaluator remembers since when each condition holds; one instance serves one hall.
 */
final class TidalRuleEvaluator {

    private final TidalRules rules;
    private final Map<String, Instant> openHoldsSince = new HashMap<>();
    private final Map<String, Instant> closeHoldsSince = new HashMap<>();

    TidalRuleEvaluator(TidalRules rules) {
        this.rules = rules;
    }

    List<TidalSuggestion> evaluate(Instant now, List<AreaQueue> areas, List<OpenTidalWindow> open, List<String> freeWindows) {
        List<TidalSuggestion> suggestions = new ArrayList<>();
        List<String> free = new ArrayList<>(freeWindows);
        for (AreaQueue area : areas) {
            boolean served = open.stream().anyMatch(w -> w.areaIds().contains(area.areaId()));
            if (!surging(area) || served) {
                openHoldsSince.remove(area.areaId());
                continue;
            }
            Instant since = openHoldsSince.computeIfAbsent(area.areaId(), a -> now);
            if (sustained(since, now)) {
                String window = free.isEmpty() ? "" : free.remove(0);
                suggestions.add(new TidalSuggestion(area.areaId(), "OPEN", window,
                        surgeReason(area) + (window.isEmpty() ? "；暂无空闲潮汐窗口" : ""), now));
            }
        }
        for (OpenTidalWindow window : open) {
            List<AreaQueue> served = areas.stream().filter(a -> window.areaIds().contains(a.areaId())).toList();
            boolean calm = !served.isEmpty() && served.stream().allMatch(this::calm)
                    && !now.isBefore(window.openedAt().plus(Duration.ofMinutes(rules.minOpenMinutes())));
            if (!calm) {
                closeHoldsSince.remove(window.windowNo());
                continue;
            }
            Instant since = closeHoldsSince.computeIfAbsent(window.windowNo(), w -> now);
            if (sustained(since, now)) {
                suggestions.add(new TidalSuggestion(String.join(",", window.areaIds()), "CLOSE", window.windowNo(),
                        calmReason(served, Duration.between(window.openedAt(), now)), now));
            }
        }
        return suggestions;
    }

    private boolean surging(AreaQueue a) {
        return a.waiting() >= rules.openWhenWaitingAtLeast()
                || a.oldestWaitSeconds() >= rules.openWhenOldestWaitMinutes() * 60L
                || predictedSeconds(a) >= rules.openWhenPredictedWaitMinutes() * 60L;
    }

    private boolean calm(AreaQueue a) {
        return a.waiting() <= rules.closeWhenWaitingAtMost()
                && predictedSeconds(a) <= rules.closeWhenPredictedWaitMinutes() * 60L;
    }

    /** The predicted wait; unbounded where people wait and no window serves, none where nobody waits. */
    private static long predictedSeconds(AreaQueue a) {
        if (a.noWindowOpen()) {
            return a.waiting() > 0 ? Long.MAX_VALUE : 0;
        }
        return a.estimatedWaitSeconds();
    }

    private boolean sustained(Instant since, Instant now) {
        return !now.isBefore(since.plusSeconds(rules.sustainSeconds()));
    }

    private static String surgeReason(AreaQueue a) {
        return a.name() + "：等候 " + a.waiting() + " 人，最久已等 " + a.oldestWaitSeconds() / 60 + " 分钟，"
                + (a.noWindowOpen() ? NoWindowOpen.CHINESE : "预计等候 " + a.estimatedWaitSeconds() / 60 + " 分钟");
    }

    private static String calmReason(List<AreaQueue> served, Duration openFor) {
        int waiting = served.stream().mapToInt(AreaQueue::waiting).sum();
        long predicted = served.stream().mapToLong(TidalRuleEvaluator::predictedSeconds).max().orElse(0) / 60;
        return "等候 " + waiting + " 人，预计等候 " + predicted + " 分钟，已开放 " + openFor.toMinutes() + " 分钟";
    }
}
