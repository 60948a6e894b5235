package org.onewindow.server.redis;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;

/**
 * Makes the server's Redis client from its settings: pooled on one node, following the master a
 * set of Sentinels names, or routing each key to its Cluster shard. All three are
 * {@link UnifiedJedis}, and every key of a hall carries the hall's hash tag ({@link HallKeys}), so
 * a hall's scripts run atomically on one shard whatever the shape.
 */
public final class RedisClients {

    /** How long a command may keep trying while a Cluster moves slots or elects a new master. */
    static final Duration CLUSTER_RETRIES = Duration.ofSeconds(10);

    private RedisClients() {
    }

    public static UnifiedJedis of(RedisSettings settings) {
        return switch (settings.mode()) {
            case STANDALONE -> standalone(settings.host(), settings.port(), settings);
            case SENTINEL -> sentinel(settings);
            case CLUSTER -> cluster(settings);
        };
    }

    static UnifiedJedis standalone(String host, int port, RedisSettings settings) {
        return RedisClient.builder().hostAndPort(host, port).clientConfig(client(settings))
                .poolConfig(pool(settings)).build();
    }

    private static UnifiedJedis sentinel(RedisSettings settings) {
        if (blank(settings.master())) {
            throw new IllegalStateException("onewindow.redis.mode=sentinel needs onewindow.redis.master,"
                    + " the name the Sentinels know the master by");
        }
        DefaultJedisClientConfig.Builder sentinels = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(settings.timeoutMs()).socketTimeoutMillis(settings.timeoutMs());
        if (!blank(settings.sentinelPassword())) {
            sentinels.password(settings.sentinelPassword());
        }
        return RedisSentinelClient.builder().masterName(settings.master()).sentinels(nodes(settings, "sentinel"))
                .clientConfig(client(settings)).sentinelClientConfig(sentinels.build()).poolConfig(pool(settings)).build();
    }

    private static UnifiedJedis cluster(RedisSettings settings) {
        // The client reads the slot map as it is made: an instance does not start while no seed
        // node answers (unlike one on a single node, which starts and answers 503 meanwhile).
        return RedisClusterClient.builder().nodes(nodes(settings, "cluster")).clientConfig(client(settings))
                .poolConfig(pool(settings)).maxAttempts(8).maxTotalRetriesDuration(CLUSTER_RETRIES).build();
    }

    private static JedisClientConfig client(RedisSettings settings) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(settings.timeoutMs()).socketTimeoutMillis(settings.timeoutMs())
                .clientName("onewindow-server");
        if (!blank(settings.username())) {
            config.user(settings.username());
        }
        if (!blank(settings.password())) {
            config.password(settings.password());
        }
        return config.build();
    }

    private static ConnectionPoolConfig pool(RedisSettings settings) {
        ConnectionPoolConfig config = new ConnectionPoolConfig();
        config.setMaxTotal(Math.max(8, settings.poolSize()));
        config.setMaxIdle(Math.max(8, settings.poolSize()));
        config.setMaxWait(Duration.ofSeconds(2));
        config.setTestWhileIdle(true);
        return config;
    }

    public static Set<HostAndPort> nodes(RedisSettings settings, String mode) {
        List<String> nodes = settings.nodes();
        if (nodes.isEmpty()) {
            throw new IllegalStateException("onewindow.redis.mode=" + mode + " needs onewindow.redis.nodes: host:port, ...");
        }
        Set<HostAndPort> parsed = new LinkedHashSet<>();
        for (String node : nodes) {
            int colon = node.lastIndexOf(':');
            try {
                parsed.add(new HostAndPort(node.substring(0, colon), Integer.parseInt(node.substring(colon + 1))));
            } catch (RuntimeException e) {
                throw new IllegalStateException("onewindow.redis.nodes: '" + node + "' is not host:port", e);
            }
        }
        return parsed;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
