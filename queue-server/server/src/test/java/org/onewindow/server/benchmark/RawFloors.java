package org.onewindow.server.benchmark;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.awaitility.Awaitility;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.mqtt.MqttOptions;

/**
 * What the same Redis and broker do with nothing of ours in between: the floors the pipeline's
 * figures are read against.
 */
final class RawFloors {

    private static final int READ_COUNT = 256;

    private RawFloors() {
    }

    /** Seconds to add, and to read and acknowledge in two groups, {@code entries} over {@code streams} streams. */
    record StreamFloor(long entries, double addSeconds, double consumeSeconds) {
        double consumePerSecond() {
            return entries / consumeSeconds;
        }

        double allPerSecond() {
            return entries / (addSeconds + consumeSeconds);
        }
    }

    /**
     * XADD (pipelined, as the scripts' entries arrive from many clients at once), then for each of
     * two groups one reader as the pipeline has: XREADGROUP over every stream COUNT 256, XACK per
     * stream and batch. Both groups are read at once, on two threads, as the pipeline reads them.
     */
    static StreamFloor redisStreams(UnifiedJedis pool, int streams, long entries, Map<String, String> fields) throws Exception {
        String prefix = "bench:raw:" + UUID.randomUUID().toString().substring(0, 6) + ":";
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            keys.add(prefix + i);
        }
        for (String key : keys) {
            pool.xgroupCreate(key, "records", new StreamEntryID(0, 0), true);
            pool.xgroupCreate(key, "devices", new StreamEntryID(0, 0), true);
        }
        long start = System.nanoTime();
        AbstractPipeline p = pool.pipelined();
        for (long i = 0; i < entries; i++) {
            p.xadd(keys.get((int) (i % streams)), XAddParams.xAddParams(), fields);
            if (i % 1000 == 999) {
                p.sync();
            }
        }
        p.sync();
        long added = System.nanoTime();
        List<Thread> readers = new ArrayList<>();
        for (String group : List.of("records", "devices")) {
            Thread t = new Thread(() -> consume(pool, keys, group, entries), "raw-" + group);
            readers.add(t);
            t.start();
        }
        for (Thread t : readers) {
            t.join(TimeUnit.MINUTES.toMillis(5));
        }
        long consumed = System.nanoTime();
        pool.del(keys.toArray(String[]::new));
        return new StreamFloor(entries, (added - start) / 1e9, (consumed - added) / 1e9);
    }

    private static void consume(UnifiedJedis pool, List<String> keys, String group, long entries) {
        Map<String, StreamEntryID> streams = new HashMap<>();
        keys.forEach(k -> streams.put(k, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
        long done = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (done < entries && System.nanoTime() < deadline) {
            List<Map.Entry<String, List<StreamEntry>>> batches = pool.xreadGroup(group, "raw",
                    XReadGroupParams.xReadGroupParams().count(READ_COUNT).block(100), streams);
            if (batches == null) {
                continue;
            }
            for (Map.Entry<String, List<StreamEntry>> batch : batches) {
                pool.xack(batch.getKey(), group, batch.getValue().stream().map(StreamEntry::getID)
                        .toArray(StreamEntryID[]::new));
                done += batch.getValue().size();
            }
        }
    }

    /**
     * Publishes {@code perSecond} QoS 1 messages of {@code size} bytes for {@code seconds} over
     * {@code topics} topics and returns the milliseconds from publish to receipt, sorted.
     */
    static double[] brokerLatency(String brokerUri, int perSecond, int seconds, int topics, int size) throws Exception {
        String root = "bench/raw/" + UUID.randomUUID().toString().substring(0, 6);
        int count = perSecond * seconds;
        double[] millis = new double[count];
        CountDownLatch received = new CountDownLatch(count);
        MqttGateway subscriber = MqttGateways.connect(MqttOptions.of(brokerUri, "raw-sub-" + UUID.randomUUID()));
        MqttGateway publisher = MqttGateways.connect(MqttOptions.of(brokerUri, "raw-pub-" + UUID.randomUUID()));
        try {
            awaitConnected(subscriber);
            awaitConnected(publisher);
            subscriber.subscribe(root + "/#", 1, (topic, payload, retained) -> {
                ByteBuffer b = ByteBuffer.wrap(payload);
                int n = b.getInt();
                millis[n] = (System.nanoTime() - b.getLong()) / 1e6;
                received.countDown();
            }).get(10, TimeUnit.SECONDS);
            long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
            long next = System.nanoTime();
            for (int n = 0; n < count; n++) {
                ByteBuffer b = ByteBuffer.allocate(Math.max(size, 12));
                b.putInt(n).putLong(System.nanoTime());
                publisher.publish(root + "/" + (n % topics) + "/calls", b.array(), 1, false);
                next += period;
                LockSupport.parkNanos(next - System.nanoTime());
            }
            if (!received.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("only " + (count - received.getCount()) + " of " + count + " raw messages arrived");
            }
        } finally {
            publisher.close();
            subscriber.close();
        }
        Arrays.sort(millis);
        return millis;
    }

    static void awaitConnected(MqttGateway gateway) {
        Awaitility.await("a connection to the broker").atMost(Duration.ofSeconds(10)).until(gateway::isConnected);
    }
}
