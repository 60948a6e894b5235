package org.onewindow.server.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.onewindow.server.faults.checks.ScenarioResult;
import org.onewindow.server.faults.load.LoadShape;
import org.onewindow.server.faults.processes.FaultCluster;
import org.onewindow.server.faults.processes.RunDirectory;
import org.onewindow.server.faults.report.ReliabilityReport;

/**
 * The fault suite: a real Redis, broker and three queue server instances, each a process of its
 * own, and under load (16 windows, kiosks, ratings) in turn: kill -9 and SIGTERM of the instance
 * publishing the hall, an instance joining, the broker killed and restarted, Redis killed with
 * {@code appendfsync always} and {@code everysec}. Checks every acknowledged ticket, call, finish,
 * case and rating against what the hall shows afterwards, prints the table and writes it into
 * docs/reliability.md; fails when a target is missed. 6 to 10 minutes. Run with
 * {@code mvn -B -ntp -pl queue-server/server -am test -Pfaults}.
 */
@Tag("faults")
class FaultSuite {

    static final String COMMAND = "mvn -B -ntp -pl queue-server/server -am test -Pfaults";
    private static final Duration BEFORE = Duration.ofSeconds(12);
    private static final Duration AFTER = Duration.ofSeconds(18);

    @Test
    void everyAcknowledgedChangeOutlivesEachFault() throws Exception {
        // In this order each scenario finds the instances as it needs them: the one killed first
        // is the one that joins next.
        List<Scenario> scenarios = List.of(
                new Scenario("server kill -9 (publisher)", "fkill", Scenario.AS_IS, Faults.KILL_PUBLISHER, Scenario.UNDER_TWO_SECONDS),
                new Scenario("server joins while others serve", "fjoin", Faults.ONE_STOPPED, Faults.INSTANCE_JOINS, Scenario.NONE),
                new Scenario("server SIGTERM (publisher)", "fterm", Scenario.AS_IS, Faults.TERMINATE_PUBLISHER,
                        Scenario.NO_GAP_BEYOND_ORDINARY),
                new Scenario("broker kill -9 and restart", "fbroker", Scenario.AS_IS, Faults.BROKER_RESTART, Scenario.NONE),
                new Scenario("Redis kill -9, appendfsync always", "fredisa", Faults.redisFsync("always"), Faults.REDIS_RESTART,
                        Scenario.NONE),
                new Scenario("Redis kill -9, appendfsync everysec", "fredise", Faults.redisFsync("everysec"), Faults.REDIS_RESTART,
                        Scenario.NONE));
        List<ScenarioResult> results = new ArrayList<>();
        try (FaultCluster cluster = FaultCluster.start(RunDirectory.create("suite"), scenarios.stream().map(Scenario::hallId).toList(), 3)) {
            for (int i = 0; i < scenarios.size(); i++) {
                Scenario scenario = scenarios.get(i);
                System.out.println("fault suite: " + scenario.name());
                results.add(ScenarioRun.run(cluster, scenario, LoadShape.full(), BEFORE, AFTER));
                boolean nextJoins = i + 1 < scenarios.size() && scenarios.get(i + 1).fault() == Faults.INSTANCE_JOINS;
                if (!nextJoins) {
                    cluster.restartStopped();
                }
            }
        }
        FaultReport.print(results);
        ReliabilityReport.write(results, COMMAND);
        assertThat(results.stream().flatMap(r -> r.missedTargets().stream()).toList()).as("targets missed").isEmpty();
    }
}
