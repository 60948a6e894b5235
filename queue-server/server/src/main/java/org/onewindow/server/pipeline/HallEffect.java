package org.onewindow.server.pipeline;

import java.util.concurrent.CompletableFuture;

import org.onewindow.server.events.HallEvent;

/**
 * Something done after a change, once per event log entry at least: it may run again for the same
 * event (after a crash, a hand-over, a retry), so it must be idempotent by event. It returns when
 * the effect is done ({@link #DONE}), or a future that completes when it is (a message the broker
 * has yet to take): the lane goes on with the hall's next entries meanwhile, in order, and
 * acknowledges an entry only once its futures completed. Failing, by throwing or through the
 * future, means not done: {@link RetryLater} for a passing condition; any other failure counts as
 * a failed try and, after a few, parks the entry.
 */
public interface HallEffect {

    /** Done already. */
    CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    EffectGroup group();

    CompletableFuture<Void> apply(HallEvent event);
}
