package org.onewindow.server.redis;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

/** The Jedis pool, on the embedded Redis or on an external one. */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedRedisHolder embeddedRedis(RedisSettings settings) {
        return settings.embedded()
                ? new EmbeddedRedisHolder(EmbeddedRedis.start(settings.port(), Path.of(settings.dataDir(), "redis")))
                : new EmbeddedRedisHolder(null);
    }

    @Bean(destroyMethod = "close")
    JedisPool jedisPool(RedisSettings settings, EmbeddedRedisHolder embedded) {
        JedisPoolConfig config = new JedisPoolConfig();
        config.setMaxTotal(Math.max(8, settings.poolSize()));
        config.setMaxIdle(Math.max(8, settings.poolSize()));
        config.setMaxWait(Duration.ofSeconds(2));
        config.setTestWhileIdle(true);
        String host = embedded.server() != null ? "127.0.0.1" : settings.host();
        int port = embedded.server() != null ? embedded.server().port() : settings.port();
        String password = settings.password() == null || settings.password().isBlank() ? null : settings.password();
        return new JedisPool(config, host, port, 2000, password);
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
