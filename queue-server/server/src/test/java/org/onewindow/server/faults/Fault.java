package org.onewindow.server.faults;

import org.onewindow.server.faults.checks.FaultWindow;
import org.onewindow.server.faults.load.Balancer;
import org.onewindow.server.faults.processes.FaultCluster;

/** A fault struck at the processes while the load runs on one hall. */
@FunctionalInterface
interface Fault {

    /** Strikes, returns once the fault and any recovery it includes are done. */
    FaultWindow strike(FaultCluster cluster, String hallId, Balancer balancer);
}
