package org.onewindow.protocol.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.testsupport.MosquittoProcess;

/**
 * A broker says in its answer to the connection how many unacknowledged messages it takes (its
 * receive maximum); a burst beyond that all arrives, in order, because the gateway keeps to it.
 */
class MqttGatewayInFlightTest {

    @Test
    void aBurstBeyondWhatTheBrokerTakesInFlightAllArrivesInOrder() throws Exception {
        assumeTrue(MosquittoProcess.available(), "no mosquitto on this machine");
        // Fewer than the gateway keeps in flight before the broker has said, and far fewer than its most.
        try (MosquittoProcess broker = new MosquittoProcess(List.of("max_inflight_messages 3"));
             MqttGateway subscriber = MqttGateways.connect(MqttOptions.of(broker.uri(), "sub-" + UUID.randomUUID()));
             MqttGateway publisher = MqttGateways.connect(MqttOptions.of(broker.uri(), "pub-" + UUID.randomUUID()))) {
            await().atMost(Duration.ofSeconds(5)).until(() -> subscriber.isConnected() && publisher.isConnected());
            List<String> seen = new CopyOnWriteArrayList<>();
            subscriber.subscribe("burst/#", 1, (topic, payload, retained) -> seen.add(new String(payload, StandardCharsets.UTF_8)))
                    .get(5, TimeUnit.SECONDS);
            List<CompletableFuture<Void>> sent = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                expected.add(Integer.toString(i));
                sent.add(publisher.publish("burst/" + (i % 7), Integer.toString(i).getBytes(StandardCharsets.UTF_8), 1, false));
            }

            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() >= expected.size());
            assertThat(seen).containsExactlyElementsOf(expected);
        }
    }
}
