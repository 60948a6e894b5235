package org.onewindow.server.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

    private final SingleFlight<String, Integer> flights = new SingleFlight<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final CountDownLatch firstReadMayEnd = new CountDownLatch(1);
    private final CountDownLatch firstReadBegan = new CountDownLatch(1);
    private final ExecutorService callers = Executors.newFixedThreadPool(6);
    private final List<Thread> waiting = new ArrayList<>();

    @AfterEach
    void stopCallers() throws InterruptedException {
        firstReadMayEnd.countDown();
        callers.shutdownNow();
        assertThat(callers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Read n answers n; the first read waits until the test lets it end. */
    private Integer read() {
        int n = reads.incrementAndGet();
        if (n == 1) {
            firstReadBegan.countDown();
            try {
                firstReadMayEnd.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return n;
    }

    private Future<Integer> call(String key, Supplier<Integer> read) {
        return callers.submit(() -> {
            synchronized (waiting) {
                waiting.add(Thread.currentThread());
            }
            return flights.get(key, read);
        });
    }

    /** Waits until every caller but the first is parked, boarded on the read after the first. */
    private void awaitParked(int callers) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            synchronized (waiting) {
                return waiting.size() == callers && waiting.stream().skip(1)
                        .allMatch(t -> t.getState() == Thread.State.WAITING);
            }
        });
    }

    @Test
    void requestsArrivingDuringAReadShareTheNextReadNotThatOne() throws Exception {
        Future<Integer> first = call("linxia", this::read);
        assertThat(firstReadBegan.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<Integer>> later = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            later.add(call("linxia", this::read));
        }
        awaitParked(5);
        firstReadMayEnd.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        for (Future<Integer> f : later) {
            assertThat(f.get(10, TimeUnit.SECONDS)).as("read after the request arrived").isEqualTo(2);
        }
        assertThat(reads).hasValue(2);
    }

    @Test
    void aRequestAfterTheReadsEndedReadsAgain() {
        assertThat(flights.get("linxia", reads::incrementAndGet)).isEqualTo(1);
        assertThat(flights.get("linxia", reads::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void otherKeysAreNotHeldUpByARunningRead() throws Exception {
        Future<Integer> first = call("linxia", this::read);
        assertThat(firstReadBegan.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(call("testhall", () -> 42).get(10, TimeUnit.SECONDS)).isEqualTo(42);
        firstReadMayEnd.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void aFailedReadFailsThoseWhoSharedItAndTheNextRequestReadsAgain() throws Exception {
        Future<Integer> first = call("linxia", this::read);
        assertThat(firstReadBegan.await(10, TimeUnit.SECONDS)).isTrue();
        Supplier<Integer> failing = () -> {
            reads.incrementAndGet();
            throw new IllegalStateException("Redis went away");
        };
        Future<Integer> second = call("linxia", failing);
        Future<Integer> third = call("linxia", failing);
        awaitParked(3);
        firstReadMayEnd.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        for (Future<Integer> f : List.of(second, third)) {
            assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(IllegalStateException.class).hasMessage("Redis went away");
        }
        assertThat(reads).as("the two failed callers shared one read").hasValue(2);
        assertThat(flights.get("linxia", () -> 7)).isEqualTo(7);
    }
}
