package org.onewindow.server.benchmark;

import java.util.List;

import org.onewindow.protocol.testsupport.MosquittoProcess;
import org.onewindow.protocol.testsupport.TestBroker;

/**
 * The broker a benchmark runs on: a Mosquitto of its own when the machine has one (production halls
 * run Mosquitto, and in another process it does not share the server's JVM), else the embedded
 * Moquette; {@code -Dbench.broker=moquette} chooses Moquette anyway.
 */
final class Broker implements AutoCloseable {

    /**
     * Queues deep enough that a benchmark's subscriber, which keeps up, never has a message dropped
     * while a burst passes; the defaults (100 queued, 20 in flight) are meant for small devices.
     */
    private static final List<String> LIMITS = List.of("max_queued_messages 1000000", "max_inflight_messages 100");

    private final AutoCloseable running;
    private final String uri;
    private final String name;

    private Broker(AutoCloseable running, String uri, String name) {
        this.running = running;
        this.uri = uri;
        this.name = name;
    }

    static Broker start() {
        if (!"moquette".equals(System.getProperty("bench.broker")) && MosquittoProcess.available()) {
            MosquittoProcess mosquitto = new MosquittoProcess(LIMITS);
            return new Broker(mosquitto, mosquitto.uri(), "Mosquitto (its own process, " + mosquitto.uri() + ")");
        }
        TestBroker moquette = new TestBroker();
        return new Broker(moquette, moquette.uri(), "Moquette (embedded in this JVM, " + moquette.uri() + ")");
    }

    String uri() {
        return uri;
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws Exception {
        running.close();
    }
}
