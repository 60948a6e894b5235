package org.onewindow.server.faults.load;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The instances a load balancer would spread clients over. A client that cannot reach its instance
 * moves to the next one; an instance started during a run is added when it answers.
 */
public final class Balancer {

    private final List<Integer> ports = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    public Balancer(List<Integer> ports) {
        this.ports.addAll(ports);
    }

    public void add(int port) {
        if (!ports.contains(port)) {
            ports.add(port);
        }
    }

    /** An instance for a new client, round robin. */
    public int pick() {
        return ports.get(Math.floorMod(next.getAndIncrement(), ports.size()));
    }

    /** The instance after the given one, for a client whose instance did not answer. */
    public int after(int port) {
        int i = ports.indexOf(port);
        return ports.get(Math.floorMod(i + 1, ports.size()));
    }
}
