package org.onewindow.server.pipeline;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The event pipeline's figures on {@code /actuator/prometheus}: how many halls this instance does
 * the work of, and how many entries it has done. An instance whose count stops growing while its
 * halls are busy is stuck; one holding no halls while others hold many has lost its lease ticks.
 */
@Component
class PipelineMetrics implements MeterBinder {

    private final PipelineStats stats;
    private final HallLeases leases;

    PipelineMetrics(PipelineStats stats, HallLeases leases) {
        this.stats = stats;
        this.leases = leases;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("onewindow.pipeline.entries.handled", stats, PipelineStats::handled)
                .description("Event log entries whose effects of one group were done and acknowledged").register(registry);
        Gauge.builder("onewindow.pipeline.halls.held", leases, l -> l.held().size())
                .description("Halls whose work after a change this instance does").register(registry);
    }
}
