package org.onewindow.server.redis;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Redis is.
 *
 * @param embedded     start a Redis inside the server (the default) instead of using host and port
 * @param host         external Redis host
 * @param port         external Redis port, or the embedded one's (0 picks a free port)
 * @param password     external Redis password, empty for none
 * @param dataDir      where the embedded Redis keeps its append-only file
 * @param poolSize     connections in the pool
 */
@ConfigurationProperties("onewindow.redis")
public record RedisSettings(
        boolean embedded,
        String host,
        int port,
        String password,
        String dataDir,
        int poolSize) {
}
