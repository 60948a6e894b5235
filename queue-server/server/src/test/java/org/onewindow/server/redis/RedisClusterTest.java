package org.onewindow.server.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.util.JedisClusterCRC16;

import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.testsupport.TestRedisCluster;

/**
 * What makes the server fit a Redis Cluster: a hall's keys share one slot, so each of its scripts
 * runs atomically on one shard, and different halls land on different shards.
 */
class RedisClusterTest {

    private static final int HALLS = 48;

    @Test
    void everyKeyOfAHallIsInTheHallsSlot() throws Exception {
        HallKeys keys = HallKeys.of("linxia");
        Set<Integer> slots = new HashSet<>();
        List<String> named = new ArrayList<>();
        for (Method method : HallKeys.class.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getReturnType() != String.class) {
                continue;
            }
            Object[] args = Arrays.stream(method.getParameterTypes()).map(t -> "20261203").toArray();
            String key = (String) method.invoke(keys, args);
            named.add(key);
            slots.add(JedisClusterCRC16.getSlot(key));
        }
        assertThat(named).as("keys of a hall").hasSizeGreaterThan(30);
        assertThat(slots).as("slots of " + named).containsExactly(JedisClusterCRC16.getSlot("{linxia}"));
        assertThat(JedisClusterCRC16.getSlot(ServerKeys.hallLease("linxia")))
                .isEqualTo(JedisClusterCRC16.getSlot(ServerKeys.instances()));
    }

    @Test
    void hallsSpreadOverTheShards() {
        Hall[] halls = new Hall[HALLS];
        for (int i = 0; i < HALLS; i++) {
            halls[i] = TestHalls.small();
        }
        try (QueueCore core = QueueCore.on("cluster", Clock.systemUTC(), halls)) {
            for (Hall hall : halls) {
                core.tickets.issue(hall.id(), new IssueTicketRequest(java.util.UUID.randomUUID().toString(), "biz",
                        null, null, null, null), "kiosk");
            }
            RedisClusterClient cluster = (RedisClusterClient) core.pool;
            List<Integer> hallsPerShard = new ArrayList<>();
            for (ConnectionPool node : cluster.getClusterNodes().values()) {
                try (Jedis jedis = new Jedis(node.getResource())) {
                    int held = 0;
                    for (Hall hall : halls) {
                        if (jedis.clusterCountKeysInSlot(JedisClusterCRC16.getSlot(HallKeys.of(hall.id()).version())) > 0) {
                            held++;
                        }
                    }
                    hallsPerShard.add(held);
                }
            }
            assertThat(hallsPerShard).as("halls on each of the shards").hasSize(TestRedisCluster.MASTERS)
                    .allMatch(n -> n > 0);
            assertThat(hallsPerShard.stream().mapToInt(Integer::intValue).sum()).isEqualTo(HALLS);
        }
    }

    @Test
    void aShardThatForgotTheScriptsIsTaughtThemAgain() {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on("cluster", Clock.systemUTC(), hall)) {
            core.tickets.issue(hall.id(), new IssueTicketRequest(java.util.UUID.randomUUID().toString(), "biz",
                    null, null, null, null), "kiosk");
            for (ConnectionPool node : ((RedisClusterClient) core.pool).getClusterNodes().values()) {
                try (Jedis jedis = new Jedis(node.getResource())) {
                    jedis.scriptFlush();
                }
            }
            String number = core.tickets.issue(hall.id(), new IssueTicketRequest(java.util.UUID.randomUUID().toString(),
                    "biz", null, null, null, null), "kiosk").ticket().number();
            assertThat(number).isEqualTo("A002");
        }
    }
}
