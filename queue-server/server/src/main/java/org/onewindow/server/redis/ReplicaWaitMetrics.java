package org.onewindow.server.redis;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Changes answered before as many replicas as {@code wait-replicas} asked held them (ADR 0038). */
@Component
class ReplicaWaitMetrics implements MeterBinder {

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("onewindow.redis.changes.short.of.replicas", ReplicaWait.class, c -> ReplicaWait.shortOfReplicas())
                .description("Changes answered with fewer replicas holding them than onewindow.redis.wait-replicas").register(registry);
    }
}
