package org.onewindow.server.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load on one server over HTTP/1.1: {@code clients} threads, each sending its next
 * request as soon as the last one is answered, until a fixed number of requests has been sent.
 * Every kind of request goes through this same client, the floor included, so what the client
 * itself costs is in every figure alike.
 */
final class RestLoad {

    /** The {@code n}-th request of one client (each client counts from 0). */
    interface Requests {
        HttpRequest request(int client, int n);
    }

    /** What one step measured; latencies in milliseconds. */
    record Step(String what, int clients, int requests, double perSecond, double p50, double p99, int failures,
            String firstFailure) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code warmUp} requests, then {@code requests} measured ones, shared among {@code clients}. */
    Step run(String what, int clients, int warmUp, int requests, Requests requestOf) throws InterruptedException {
        int[] sent = new int[clients];
        drive(clients, warmUp, requestOf, sent, new long[warmUp], new AtomicInteger(), new AtomicReference<>());
        long[] nanos = new long[requests];
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>("");
        long start = System.nanoTime();
        drive(clients, requests, requestOf, sent, nanos, failures, firstFailure);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        return new Step(what, clients, requests, requests / seconds, quantile(nanos, 0.50), quantile(nanos, 0.99),
                failures.get(), firstFailure.get());
    }

    private void drive(int clients, int total, Requests requestOf, int[] sent, long[] nanos, AtomicInteger failures,
            AtomicReference<String> firstFailure) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    HttpRequest request = requestOf.request(client, sent[client]++);
                    long begin = System.nanoTime();
                    String failure = send(request);
                    nanos[i] = System.nanoTime() - begin;
                    if (failure != null) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet("", failure);
                    }
                }
            }, "rest-load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /** Null when answered 2xx, else what went wrong. */
    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? null
                    : request.method() + " " + request.uri().getPath() + " " + response.statusCode() + " "
                            + response.body().substring(0, Math.min(200, response.body().length()));
        } catch (IOException e) {
            return request.uri().getPath() + " " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static double quantile(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
