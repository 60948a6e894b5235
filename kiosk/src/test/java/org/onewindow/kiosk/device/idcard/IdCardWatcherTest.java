package org.onewindow.kiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class IdCardWatcherTest {

    @Test
    void eachPresentationIsReportedOnceAndFaultsDoNotStopPolling() {
        SimulatedIdCardReader sim = new SimulatedIdCardReader();
        AtomicInteger polls = new AtomicInteger();
        List<String> faults = new CopyOnWriteArrayList<>();
        IdCardReader flaky = new IdCardReader() {
            @Override
            public java.util.Optional<IdCard> read() throws IdCardReaderException {
                if (polls.incrementAndGet() == 2) {
                    throw new IdCardReaderException("find card: no answer within 500 ms");
                }
                return sim.read();
            }

            @Override
            public void close() {
            }
        };
        List<IdCard> cards = new CopyOnWriteArrayList<>();
        try (IdCardWatcher watcher = new IdCardWatcher(flaky, Duration.ofMillis(10), new IdCardWatcher.Listener() {
            @Override
            public void cardRead(IdCard card) {
                cards.add(card);
            }

            @Override
            public void cardRejected(String reason) {
            }

            @Override
            public void readerFault(String fault) {
                faults.add(fault);
            }
        })) {
            await().until(() -> polls.get() > 3);
            sim.present(SampleCards.ADULT);
            await().until(() -> cards.size() == 1);
            int seen = polls.get();
            await().until(() -> polls.get() > seen + 5);
            assertThat(cards).hasSize(1);

            sim.remove();
            int removed = polls.get();
            await().until(() -> polls.get() > removed + 2);
            sim.present(SampleCards.ELDERLY);
            await().until(() -> cards.size() == 2);
            assertThat(faults).containsExactly("find card: no answer within 500 ms", "");
        }
    }
}
