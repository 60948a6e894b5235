package org.onewindow.server.redis;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import redis.clients.jedis.UnifiedJedis;

/**
 * The one Redis client of the server, on the embedded Redis or on an external standalone, Sentinel
 * or Cluster one (see {@link RedisClients}); every service gets the same {@link UnifiedJedis}, so
 * none knows which shape it talks to.
 */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedRedisHolder embeddedRedis(RedisSettings settings) {
        return settings.embedded()
                ? new EmbeddedRedisHolder(EmbeddedRedis.start(settings.port(), Path.of(settings.dataDir(), "redis")))
                : new EmbeddedRedisHolder(null);
    }

    @Bean(destroyMethod = "close")
    UnifiedJedis redis(RedisSettings settings, EmbeddedRedisHolder embedded) {
        return embedded.server() != null
                ? RedisClients.standalone("127.0.0.1", embedded.server().port(), settings)
                : RedisClients.of(settings);
    }

    /** Keeps the embedded server's life tied to the context, and is empty for an external Redis. */
    record EmbeddedRedisHolder(EmbeddedRedis server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
