package org.onewindow.server.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.onewindow.server.testsupport.TestDevices;

/**
 * The large hall's day, replayed {@code speedup} times faster than real time over REST: kiosks
 * issue each ticket at its second of the day, and each window's clerk calls the next ticket when
 * the console shows one waiting in the window's area (here: a count of the tickets issued and not
 * yet called, kept by the replay), serves it for the area's service time, scaled, and finishes.
 * The tidal windows are opened by the manager for the morning peak and closed over lunch.
 */
final class DayReplay {

    static final int KIOSKS = 16;
    private static final double TIDAL_OPEN_SECOND = 1.25 * 3600;
    private static final double TIDAL_CLOSE_SECOND = 4 * 3600;
    private static final String KIOSK = "Bearer " + TestDevices.token("kiosk-1");

    private final int port;
    private final LargeHall hall;
    private final double speedup;
    private final DayFigures figures;
    private final ClerkSession manager;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Tickets issued and not yet called, by area: what the clerks' consoles show. */
    private final Map<String, Semaphore> waiting = new HashMap<>();
    private final Map<String, Double> serviceMinutes = new HashMap<>();
    private final Set<String> called = ConcurrentHashMap.newKeySet();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger duplicateCalls = new AtomicInteger();
    private final AtomicInteger emptyCalls = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>("");
    private final AtomicLong maxKioskLagNanos = new AtomicLong();
    private volatile boolean closed;
    private long startNanos;

    DayReplay(int port, LargeHall hall, double speedup, DayFigures figures) {
        this.port = port;
        this.hall = hall;
        this.speedup = speedup;
        this.figures = figures;
        this.manager = ClerkSession.manager(port, LargeHall.ID);
        for (LargeHall.Area a : LargeHall.AREAS) {
            waiting.put(a.id(), new Semaphore(0));
            serviceMinutes.put(a.id(), a.serviceMinutes());
        }
    }

    /** Starts the hall's clock at 08:30 now. */
    void open() {
        startNanos = System.nanoTime();
    }

    /** Seconds of the hall's day since 08:30. */
    double second() {
        return (System.nanoTime() - startNanos) * speedup / 1e9;
    }

    void sleepUntil(double second) {
        long due = startNanos + (long) (second / speedup * 1e9);
        for (long left = due - System.nanoTime(); left > 0 && !closed; left = due - System.nanoTime()) {
            LockSupport.parkNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
        }
    }

    /** The arrivals of kiosk {@code k}: every {@link #KIOSKS}-th, each sent at its second. */
    void kiosk(int k, List<ArrivalCurve.Arrival> arrivals) {
        for (int i = k; i < arrivals.size() && !closed; i += KIOSKS) {
            ArrivalCurve.Arrival a = arrivals.get(i);
            sleepUntil(a.second());
            maxKioskLagNanos.accumulateAndGet((long) ((second() - a.second()) / speedup * 1e9), Math::max);
            String body = String.format(Locale.ROOT, "{\"requestId\":\"day-%s\",\"areaId\":\"%s\"}", UUID.randomUUID(), a.area());
            HttpRequest issue = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/halls/" + LargeHall.ID + "/tickets"))
                    .header("Authorization", KIOSK).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long begin = System.nanoTime();
            HttpResponse<String> reply = send(issue);
            long nanos = System.nanoTime() - begin;
            if (reply != null && reply.statusCode() == 201) {
                figures.issued(ArrivalCurve.hourOf(a.second()), nanos);
                issued.incrementAndGet();
                waiting.get(a.area()).release();
            } else {
                failed(issue, reply);
            }
        }
    }

    /** The clerk of window {@code w} through the day, until {@link #close()}. */
    void clerk(ClerkSession clerk, int w, Random random) {
        String area = hall.isTidal(w) ? null : hall.areaOfWindow.get(w - 1);
        String tidalArea = LargeHall.TIDAL_AREAS.get(w % LargeHall.TIDAL_AREAS.size());
        boolean tidalDone = false;
        while (!closed) {
            if (hall.isTidal(w)) {
                if (area == null && !tidalDone) {
                    sleepUntil(TIDAL_OPEN_SECOND);
                    area = tidal(w, "open", "{\"areaIds\":[\"" + tidalArea + "\"],\"reason\":\"上午高峰\"}") ? tidalArea : null;
                    tidalDone = area == null;
                } else if (area != null && second() >= TIDAL_CLOSE_SECOND) {
                    tidal(w, "close", "{\"reason\":\"午间回落\"}");
                    area = null;
                    tidalDone = true;
                }
                if (area == null) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
                    continue;
                }
            }
            if (!acquire(waiting.get(area))) {
                continue;
            }
            callAndServe(clerk, area, random);
        }
    }

    private void callAndServe(ClerkSession clerk, String area, Random random) {
        HttpRequest call = clerk.post("call-next");
        double at = second();
        long begin = System.nanoTime();
        HttpResponse<String> reply = send(call);
        long nanos = System.nanoTime() - begin;
        if (reply == null || reply.statusCode() != 200 && reply.statusCode() != 204) {
            failed(call, reply);
            return;
        }
        if (reply.statusCode() == 204) {
            emptyCalls.incrementAndGet();
            return;
        }
        figures.called(ArrivalCurve.hourOf(at), nanos);
        String ticket = reply.body().replaceAll("(?s).*\"ticketId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        if (!called.add(ticket)) {
            duplicateCalls.incrementAndGet();
        }
        sleepUntil(second() + serviceMinutes.get(area) * 60 * (0.5 + random.nextDouble()));
        HttpRequest finish = clerk.post("finish");
        HttpResponse<String> finished = send(finish);
        if (finished == null || finished.statusCode() != 200) {
            failed(finish, finished);
        }
    }

    private boolean acquire(Semaphore tickets) {
        try {
            return tickets.tryAcquire(200, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
            return false;
        }
    }

    private boolean tidal(int w, String action, String body) {
        HttpRequest request = manager.post("tidal/windows/" + w + "/" + action, body);
        HttpResponse<String> reply = send(request);
        if (reply == null || reply.statusCode() != 200) {
            failed(request, reply);
            return false;
        }
        return true;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            firstFailure.compareAndSet("", request.uri().getPath() + " " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void failed(HttpRequest request, HttpResponse<String> reply) {
        failures.incrementAndGet();
        if (reply != null) {
            firstFailure.compareAndSet("", request.uri().getPath() + " " + reply.statusCode() + " "
                    + reply.body().substring(0, Math.min(200, reply.body().length())));
        }
    }

    /** Tickets issued and not yet called, over every area. */
    int waitingNow() {
        return waiting.values().stream().mapToInt(Semaphore::availablePermits).sum();
    }

    int issued() {
        return issued.get();
    }

    int calledTickets() {
        return called.size();
    }

    int duplicateCalls() {
        return duplicateCalls.get();
    }

    int emptyCalls() {
        return emptyCalls.get();
    }

    int failures() {
        return failures.get();
    }

    String firstFailure() {
        return firstFailure.get();
    }

    double maxKioskLagMillis() {
        return maxKioskLagNanos.get() / 1e6;
    }

    /** Ends the day: every kiosk and clerk stops at its next step. */
    void close() {
        closed = true;
    }
}
