package org.onewindow.server.faults.checks;

import java.util.List;
import java.util.Set;

/**
 * What the subscriber heard during a scenario.
 *
 * @param callKeys        each call heard, as "number@window"
 * @param callArrivals    when each call was first heard (epoch millis)
 * @param offeredTickets  the tickets whose rating request reached their window's evaluator topic
 */
public record HeardOnMqtt(Set<String> callKeys, List<Long> callArrivals, Set<String> offeredTickets) {

    public HeardOnMqtt {
        callKeys = Set.copyOf(callKeys);
        callArrivals = List.copyOf(callArrivals);
        offeredTickets = Set.copyOf(offeredTickets);
    }
}
