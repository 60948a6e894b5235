package org.onewindow.server.state;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Concurrent requests for the same key share one read, and never one that began before they
 * arrived. While a read runs, the requests that arrive board the next one, which starts as soon as
 * the running one ends; so a key is read at most once at a time, a request waits at most for the
 * end of the read before its own and then for its own, and every answer it gets was read after it
 * arrived. A caller that saw a change acknowledged before sending its request therefore sees that
 * change, as if it had read alone. A read that fails fails every request that shared it.
 */
final class SingleFlight<K, V> {

    private final ConcurrentHashMap<K, Lane<V>> lanes = new ConcurrentHashMap<>();

    /** What {@code read} answers, read after this call began, perhaps for other callers too. */
    V get(K key, Supplier<V> read) {
        return lanes.computeIfAbsent(key, k -> new Lane<>()).get(read);
    }

    private static final class Flight<V> {
        final CompletableFuture<V> result = new CompletableFuture<>();
        final AtomicBoolean started = new AtomicBoolean();
    }

    private static final class Lane<V> {

        /** The read under way, or claimed to start at once; null when the key is idle. */
        private Flight<V> running;
        /** The read the requests arriving while {@link #running} runs will share; not begun. */
        private Flight<V> boarding;

        V get(Supplier<V> read) {
            Flight<V> mine;
            Flight<V> ahead;
            synchronized (this) {
                if (running == null) {
                    running = new Flight<>();
                    mine = running;
                    ahead = null;
                } else {
                    if (boarding == null) {
                        boarding = new Flight<>();
                    }
                    mine = boarding;
                    ahead = running;
                }
            }
            if (ahead != null) {
                // Began before this request arrived: wait for its end, whatever it answered.
                ahead.result.handle((v, e) -> null).join();
            }
            if (mine.started.compareAndSet(false, true)) {
                fly(mine, read);
            }
            try {
                return mine.result.join();
            } catch (CompletionException e) {
                throw unwrapped(e.getCause());
            }
        }

        private void fly(Flight<V> flight, Supplier<V> read) {
            V value = null;
            Throwable failure = null;
            try {
                value = read.get();
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            // The boarding read takes the lane before anyone learns this one ended: a request
            // arriving from now on boards a read that has surely not begun.
            synchronized (this) {
                running = boarding;
                boarding = null;
            }
            if (failure == null) {
                flight.result.complete(value);
            } else {
                flight.result.completeExceptionally(failure);
            }
        }

        private static RuntimeException unwrapped(Throwable cause) {
            if (cause instanceof RuntimeException e) {
                return e;
            }
            if (cause instanceof Error e) {
                throw e;
            }
            return new IllegalStateException(cause);
        }
    }
}
