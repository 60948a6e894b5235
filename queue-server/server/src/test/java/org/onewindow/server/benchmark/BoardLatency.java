package org.onewindow.server.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.message.CallAnnouncement;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.testsupport.TestDevices;

/**
 * On one server and its broker, at one rate and at the same time: call-next (REST, a clerk's
 * console session) to the call arriving at a board subscribed as the hall's boards subscribe
 * (board-main's credentials, the hall's call topic, QoS 1), and the broker's raw publish to
 * receive (a publisher and a subscriber of their own, QoS 1, payloads of a call's size).
 */
final class BoardLatency {

    /** Latencies of one broker, in milliseconds, sorted. */
    record Figures(String broker, double[] callToBoard, double[] callNextReply, double[] raw) {
    }

    static final String HALL = "linxia";
    /** Windows 1-3 serve invest, 4-7 market in the demo hall; each has its demo clerk. */
    static final int WINDOWS = 7;

    private final int port;
    private final String brokerUri;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();

    BoardLatency(int port, String brokerUri) {
        this.port = port;
        this.brokerUri = brokerUri;
    }

    /** {@code calls} calls over {@value #WINDOWS} windows at {@code perSecond}, and raw messages alike. */
    Figures measure(String broker, int calls, int perSecond) throws Exception {
        issue(calls + WINDOWS);
        List<ClerkSession> clerks = new ArrayList<>();
        for (int w = 1; w <= WINDOWS; w++) {
            clerks.add(ClerkSession.signInAt(port, HALL, w));
        }
        MqttGateway board = MqttGateways.connect(TestDevices.mqtt(brokerUri, "board-main"));
        try {
            RawFloors.awaitConnected(board);
            board.subscribe(HallTopics.forHall(HALL).calls(), 1, (topic, payload, retained) -> {
                long at = System.nanoTime();
                CallAnnouncement call = JsonCodec.fromBytes(payload, CallAnnouncement.class);
                arrivals.computeIfAbsent(call.windowNo(), w -> new CompletableFuture<>()).complete(at);
            }).get(10, TimeUnit.SECONDS);
            int size = JsonCodec.toBytes(new CallAnnouncement(HALL, UUID.randomUUID().toString(), 1234, "B123", "5",
                    "market", "市场监管（企业开办）", 0, Instant.now())).length;
            CompletableFuture<double[]> raw = CompletableFuture.supplyAsync(() -> raw(calls, perSecond, size));
            double[][] call = calls(clerks, calls, perSecond);
            return new Figures(broker, call[0], call[1], raw.get(5, TimeUnit.MINUTES));
        } finally {
            board.close();
        }
    }

    /** Each window on its own thread: finish the last ticket, then call-next, then await the board. */
    private double[][] calls(List<ClerkSession> clerks, int calls, int perSecond) throws Exception {
        int perWindow = calls / WINDOWS;
        double[] toBoard = new double[perWindow * WINDOWS];
        double[] reply = new double[perWindow * WINDOWS];
        long period = TimeUnit.SECONDS.toNanos(1) * WINDOWS / perSecond;
        List<CompletableFuture<Void>> windows = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(WINDOWS);
        long start = System.nanoTime();
        for (int w = 0; w < WINDOWS; w++) {
            int window = w;
            windows.add(CompletableFuture.runAsync(() -> {
                ClerkSession clerk = clerks.get(window);
                String no = Integer.toString(window + 1);
                long next = start + period * window / WINDOWS;
                for (int i = 0; i < perWindow; i++) {
                    LockSupport.parkNanos(next - System.nanoTime());
                    next += period;
                    if (i > 0) {
                        send(clerk.post("finish"), 200);
                    }
                    CompletableFuture<Long> arrival = new CompletableFuture<>();
                    arrivals.put(no, arrival);
                    long begin = System.nanoTime();
                    send(clerk.post("call-next"), 200);
                    reply[window * perWindow + i] = (System.nanoTime() - begin) / 1e6;
                    toBoard[window * perWindow + i] = (arrival.orTimeout(30, TimeUnit.SECONDS).join() - begin) / 1e6;
                }
                send(clerk.post("finish"), 200);
            }, threads));
        }
        try {
            CompletableFuture.allOf(windows.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        } finally {
            threads.shutdownNow();
        }
        Arrays.sort(toBoard);
        Arrays.sort(reply);
        return new double[][] {toBoard, reply};
    }

    /** The broker's own floor: as many messages at the same rate, on a topic of a hall of their own. */
    private double[] raw(int count, int perSecond, int size) {
        String topic = HallTopics.forHall("rawfloor").calls();
        double[] millis = new double[count];
        CountDownLatch received = new CountDownLatch(count);
        MqttGateway subscriber = MqttGateways.connect(TestDevices.watcher(brokerUri, "raw-sub"));
        MqttGateway publisher = MqttGateways.connect(TestDevices.watcher(brokerUri, "raw-pub"));
        try {
            RawFloors.awaitConnected(subscriber);
            RawFloors.awaitConnected(publisher);
            subscriber.subscribe(topic, 1, (t, payload, retained) -> {
                ByteBuffer b = ByteBuffer.wrap(payload);
                int n = b.getInt();
                millis[n] = (System.nanoTime() - b.getLong()) / 1e6;
                received.countDown();
            }).get(10, TimeUnit.SECONDS);
            long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
            long next = System.nanoTime();
            for (int n = 0; n < count; n++) {
                LockSupport.parkNanos(next - System.nanoTime());
                next += period;
                publisher.publish(topic, ByteBuffer.allocate(size).putInt(n).putLong(System.nanoTime()).array(), 1, false);
            }
            if (!received.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("only " + (count - received.getCount()) + " of " + count + " raw messages arrived");
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            publisher.close();
            subscriber.close();
        }
        Arrays.sort(millis);
        return millis;
    }

    private void issue(int tickets) {
        for (int i = 0; i < tickets; i++) {
            String area = i % WINDOWS < 3 ? "invest" : "market";
            String body = String.format(Locale.ROOT, "{\"requestId\":\"board-%s\",\"areaId\":\"%s\"}", UUID.randomUUID(), area);
            send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/halls/" + HALL + "/tickets"))
                    .header("Authorization", "Bearer " + TestDevices.token("kiosk-1")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), 201);
        }
    }

    private void send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != expected) {
                throw new IllegalStateException(request.uri().getPath() + ": " + reply.statusCode() + " " + reply.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
