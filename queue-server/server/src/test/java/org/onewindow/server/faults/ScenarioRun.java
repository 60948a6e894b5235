package org.onewindow.server.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;

import org.awaitility.core.ConditionTimeoutException;

import org.onewindow.server.faults.checks.FaultWindow;
import org.onewindow.server.faults.checks.HallAudit;
import org.onewindow.server.faults.checks.ScenarioResult;
import org.onewindow.server.faults.load.Balancer;
import org.onewindow.server.faults.load.HallLoad;
import org.onewindow.server.faults.load.LoadShape;
import org.onewindow.server.faults.processes.FaultCluster;
import org.onewindow.server.faults.processes.ServerNode;

/**
 * Runs one scenario: load on its hall for a while, the fault, load for a while longer, then the
 * checks once the hall has had time to deliver what it owes (or the patience is up).
 */
final class ScenarioRun {

    /** Sign-ins and the first calls are not the ordinary pace yet. */
    private static final long WARM_UP_MILLIS = 3000;
    private static final Duration DELIVERY_PATIENCE = Duration.ofSeconds(20);

    private ScenarioRun() {
    }

    static ScenarioResult run(FaultCluster cluster, Scenario scenario, LoadShape shape, Duration before, Duration after)
            throws InterruptedException {
        scenario.prepare().accept(cluster, scenario.hallId());
        Balancer balancer = new Balancer(cluster.servers().stream().filter(ServerNode::isAlive).map(ServerNode::port).toList());
        long start = System.currentTimeMillis();
        HallLoad load = HallLoad.start(scenario.hallId(), balancer, cluster.broker().uri(), shape);
        try {
            Thread.sleep(before.toMillis()); // the load runs for this long before the fault
            FaultWindow window = scenario.fault().strike(cluster, scenario.hallId(), balancer);
            Thread.sleep(after.toMillis()); // and for this long after it
            long loadEnd = System.currentTimeMillis();
            load.stop();
            awaitDelivery(load);
            int port = cluster.servers().stream().filter(ServerNode::isAlive).findFirst().orElseThrow().port();
            return HallAudit.audit(scenario.name(), scenario.hallId(), port, load.ledger(), load.watcher().heard(), window,
                    start + WARM_UP_MILLIS, loadEnd, scenario.silenceLimit());
        } finally {
            load.stop();
            load.watcher().close();
        }
    }

    /** Waits until the watcher heard every acknowledged call; the audit then says what is missing. */
    private static void awaitDelivery(HallLoad load) {
        try {
            await().atMost(DELIVERY_PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
                Set<String> heard = load.watcher().callKeys();
                return load.ledger().calls().stream().allMatch(c -> heard.contains(c.number() + "@" + c.window()));
            });
        } catch (ConditionTimeoutException e) {
            // Some calls never came: the audit counts them.
        }
    }
}
