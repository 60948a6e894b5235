package org.onewindow.server.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.onewindow.server.faults.checks.ScenarioResult;
import org.onewindow.server.faults.load.LoadShape;
import org.onewindow.server.faults.processes.FaultCluster;
import org.onewindow.server.faults.processes.RunDirectory;

/**
 * The short variant of the fault suite that every build runs: two queue server instances as
 * processes of their own on a real Redis and broker, 8 windows under load, and kill -9 of the
 * instance publishing the hall. Every acknowledged finish keeps its case, every call reaches MQTT,
 * and the calls topic is silent for less than 2 s. About a minute.
 */
class PublisherFailoverTest {

    @Test
    void killingThePublishingInstanceLosesNothingAndCallsResumeWithinTwoSeconds() throws Exception {
        ScenarioResult result;
        try (FaultCluster cluster = FaultCluster.start(RunDirectory.create("short"), List.of("fshort"), 2)) {
            result = ScenarioRun.run(cluster, new Scenario("server kill -9 (publisher), short", "fshort", Scenario.AS_IS,
                    Faults.KILL_PUBLISHER, Scenario.UNDER_TWO_SECONDS), LoadShape.light(), Duration.ofSeconds(6), Duration.ofSeconds(10));
        }
        FaultReport.print(List.of(result));
        assertThat(result.calls()).as("calls made under load").isPositive();
        assertThat(result.missedTargets()).as("targets missed").isEmpty();
    }
}
