package org.onewindow.server.faults;

import java.util.function.BiConsumer;
import java.util.function.LongUnaryOperator;

import org.onewindow.server.faults.processes.FaultCluster;

/**
 * One fault under load, on its own hall.
 *
 * @param name         as printed in the table
 * @param hallId       the hall the load runs on
 * @param prepare      puts the processes in the state the fault starts from, before the load
 * @param fault        the fault itself, struck in the middle of the load
 * @param silenceLimit the longest silence allowed on the calls topic after the fault, from the
 *                     ordinary longest one before it; negative for none
 */
record Scenario(String name, String hallId, BiConsumer<FaultCluster, String> prepare, Fault fault, LongUnaryOperator silenceLimit) {

    /** Publisher failover after a kill -9: the calls topic is silent for less than 2 s. */
    static final LongUnaryOperator UNDER_TWO_SECONDS = ordinary -> 2000;
    /**
     * Handover at a SIGTERM: no silence beyond the ordinary one; 500 ms more are allowed for
     * scheduling on a shared machine, well below a lease's renewal period.
     */
    static final LongUnaryOperator NO_GAP_BEYOND_ORDINARY = ordinary -> ordinary + 500;
    static final LongUnaryOperator NONE = ordinary -> -1;

    static final BiConsumer<FaultCluster, String> AS_IS = (cluster, hallId) -> { };
}
