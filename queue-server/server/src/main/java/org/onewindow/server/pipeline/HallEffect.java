package org.onewindow.server.pipeline;

import org.onewindow.server.events.HallEvent;

/**
 * Something done after a change, once per event log entry at least: it may run again for the same
 * event (after a crash, a hand-over, a retry), so it must be idempotent by event. It returns when
 * the effect is done; throwing means not done: {@link RetryLater} for a passing condition, any
 * other exception counts as a failed try and, after a few, parks the entry.
 */
public interface HallEffect {

    EffectGroup group();

    void apply(HallEvent event);
}
