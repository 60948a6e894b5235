package org.onewindow.server.redis;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many replicas must have a change before the server answers it ({@code WAIT}), and for how
 * long it waits for them (ADR 0038). Redis replicates asynchronously: a master that dies takes
 * the writes its replicas had not received with it, and a Sentinel or Cluster failover promotes a
 * replica without them. Waiting narrows that window to the changes a replica has not confirmed
 * within the timeout; it does not make Redis consistent (a change that timed out stays on the
 * master and is still answered), so a timeout is counted and logged, never turned into an error.
 *
 * @param replicas  0: answer at once (the default; the embedded Redis has no replicas)
 * @param timeoutMs the longest a change waits for them
 */
public record ReplicaWait(int replicas, long timeoutMs) {

    private static final Logger log = LoggerFactory.getLogger(ReplicaWait.class);
    private static final AtomicLong SHORT = new AtomicLong();

    public static final ReplicaWait NONE = new ReplicaWait(0, 0);

    public ReplicaWait {
        if (replicas < 0) {
            throw new IllegalArgumentException("onewindow.redis.wait-replicas must be 0 or more, not " + replicas);
        }
        timeoutMs = replicas > 0 && timeoutMs <= 0 ? 100 : timeoutMs;
    }

    boolean waits() {
        return replicas > 0;
    }

    /** Notes a change that fewer replicas than asked had confirmed when the wait ended. */
    void reached(String script, long confirmed) {
        if (confirmed < replicas) {
            long times = SHORT.incrementAndGet();
            if (times == 1 || times % 1000 == 0) {
                log.warn("{} was answered after {} ms with {} of {} replicas holding it ({} such changes so far):"
                        + " a failover now could lose it", script, timeoutMs, confirmed, replicas, times);
            }
        }
    }

    /** Changes answered with fewer replicas than asked, since the server started. */
    public static long shortOfReplicas() {
        return SHORT.get();
    }
}
