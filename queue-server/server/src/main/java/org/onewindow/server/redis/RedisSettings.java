package org.onewindow.server.redis;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Redis is, and in which shape (docs/operations.md, ADR 0038).
 *
 * @param embedded     start a Redis inside the server (the default) instead of using an external one
 * @param mode         the external Redis: {@code standalone} (host and port), {@code sentinel} (a
 *                     master found through {@code nodes}, the Sentinels) or {@code cluster}
 *                     ({@code nodes} are seeds of a Redis Cluster)
 * @param host         external standalone Redis host
 * @param port         external standalone Redis port, or the embedded one's (0 picks a free port)
 * @param nodes        {@code host:port} of the Sentinels or of some Cluster nodes
 * @param master       the name Sentinels know the master by ({@code sentinel} mode)
 * @param username     ACL user on Redis, empty for the default user
 * @param password     external Redis password, empty for none
 * @param sentinelPassword password of the Sentinels themselves, empty for none
 * @param dataDir      where the embedded Redis keeps its append-only file
 * @param poolSize     connections in the pool (per node in a Cluster)
 * @param timeoutMs    connect and read timeout
 * @param waitReplicas replicas that must hold a change before it is answered ({@link ReplicaWait}), 0 for none
 * @param waitTimeoutMs the longest a change waits for them
 */
@ConfigurationProperties("onewindow.redis")
public record RedisSettings(
        boolean embedded,
        RedisMode mode,
        String host,
        int port,
        List<String> nodes,
        String master,
        String username,
        String password,
        String sentinelPassword,
        String dataDir,
        int poolSize,
        int timeoutMs,
        int waitReplicas,
        long waitTimeoutMs) {

    public RedisSettings {
        mode = mode == null ? RedisMode.STANDALONE : mode;
        nodes = nodes == null ? List.of() : nodes.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        timeoutMs = timeoutMs <= 0 ? 2000 : timeoutMs;
    }

    /** The shapes of an external Redis the server can use. */
    public enum RedisMode { STANDALONE, SENTINEL, CLUSTER }
}
