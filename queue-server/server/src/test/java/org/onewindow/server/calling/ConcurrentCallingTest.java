package org.onewindow.server.calling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;

/**
 * Two server instances (each its own connection pool) on one Redis: kiosks on both issue 2,000
 * tickets for one area at once, then eight windows, four on each instance, call and finish
 * until the queue is empty. Every ticket must be called exactly once and no number may repeat.
 */
class ConcurrentCallingTest {

    private static final int TICKETS = 2000;

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void everyTicketIsCalledExactlyOnceAcrossTwoInstances(String redis) throws Exception {
        Hall hall = TestHalls.small();
        Clock clock = Clock.systemUTC();
        try (QueueCore first = QueueCore.on(redis, clock, hall); QueueCore second = QueueCore.on(redis, clock, hall)) {
            List<QueueCore> instances = List.of(first, second);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<String> issued = issueConcurrently(instances, hall, pool);
                assertThat(issued).hasSize(TICKETS).doesNotHaveDuplicates();

                Map<String, String> calledBy = new ConcurrentHashMap<>();
                AtomicInteger doubleCalls = new AtomicInteger();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> windows = new ArrayList<>();
                for (int w = 1; w <= 8; w++) {
                    String no = Integer.toString(w);
                    QueueCore instance = instances.get(w % 2);
                    instance.calling.signIn(hall.id(), no, "clerk0" + no);
                    windows.add(pool.submit(() -> {
                        start.await();
                        Optional<TicketView> next;
                        while ((next = instance.calling.callNext(hall.id(), no, "clerk0" + no)).isPresent()) {
                            if (calledBy.putIfAbsent(next.get().number(), no) != null) {
                                doubleCalls.incrementAndGet();
                            }
                            instance.calling.finish(hall.id(), no, "clerk0" + no);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> window : windows) {
                    window.get(2, TimeUnit.MINUTES);
                }

                assertThat(doubleCalls).hasValue(0);
                assertThat(calledBy.keySet()).containsExactlyInAnyOrderElementsOf(issued);
                assertThat(first.tickets.waiting(hall.id(), "biz")).isEmpty();
                assertThat(calledBy.values()).as("every window took part").contains("1", "2", "3", "4", "5", "6", "7", "8");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static List<String> issueConcurrently(List<QueueCore> instances, Hall hall, ExecutorService pool)
            throws Exception {
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            QueueCore instance = instances.get(i % 2);
            futures.add(pool.submit(() -> instance.tickets.issue(hall.id(),
                    new IssueTicketRequest(UUID.randomUUID().toString(), "biz", null, null, null, null), "kiosk")
                    .ticket().number()));
        }
        List<String> numbers = new ArrayList<>();
        for (Future<String> f : futures) {
            numbers.add(f.get(1, TimeUnit.MINUTES));
        }
        return numbers;
    }
}
