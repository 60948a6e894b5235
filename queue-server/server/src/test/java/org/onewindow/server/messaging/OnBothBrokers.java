package org.onewindow.server.messaging;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.onewindow.protocol.topic.HallTopics;

/**
 * A test class that tries the same things on both kinds of broker a hall may run, by name
 * ("embedded", "mosquitto"), both started once for the class from the test devices' registry.
 */
abstract class OnBothBrokers {

    static final HallTopics L = HallTopics.forHall("linxia");
    static final Map<String, HallBrokers.Broker> BROKERS = new LinkedHashMap<>();

    @BeforeAll
    static void startBrokers() throws IOException {
        BROKERS.putAll(HallBrokers.bothKinds());
    }

    @AfterAll
    static void stopBrokers() {
        BROKERS.values().forEach(HallBrokers.Broker::close);
        BROKERS.clear();
    }
}
