package org.onewindow.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.embedded.core.ExecutableProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.onewindow.protocol.testsupport.FreePorts;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallLoader;
import org.onewindow.server.redis.RedisClients;
import org.onewindow.server.redis.RedisSettings;

/**
 * The example deployments of docs/operations.md are what the server and its parts accept: every
 * setting is one the server or Spring Boot knows, Redis, brokers and hall files bind and load, and
 * the Redis and Sentinel files start a redis-server.
 */
class OperationsExamplesTest {

    private static final Path EXAMPLES = Path.of("../../docs/operations");
    private static final Set<String> BROKER_FIELDS = Set.of("url", "device-url", "username", "password",
            "mosquitto-acl-file", "mosquitto-password-file");

    @ParameterizedTest
    @ValueSource(strings = {"city", "province"})
    void everySettingIsOneTheServerOrSpringKnows(String deployment) throws IOException {
        Set<String> ours = keys(new org.springframework.core.io.ClassPathResource("application.yml").getFile().toPath());
        Set<String> springs = springProperties();
        List<String> unknown = new ArrayList<>();
        for (String key : keys(EXAMPLES.resolve(deployment).resolve("application.yml"))) {
            String plain = key.replaceAll("\\[\\d+]", "");
            boolean known = plain.startsWith("onewindow.")
                    ? ours.stream().anyMatch(k -> k.replaceAll("\\[\\d+]", "").equals(plain)) || isBroker(plain)
                    : springs.contains(plain);
            if (!known) {
                unknown.add(key);
            }
        }
        assertThat(unknown).as("settings of the " + deployment + " example nobody reads").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"city", "province"})
    void redisAndBrokersBindAsTheServerBindsThem(String deployment) throws Exception {
        Binder binder = binder(EXAMPLES.resolve(deployment).resolve("application.yml"));
        RedisSettings redis = binder.bind("onewindow.redis", RedisSettings.class).get();
        assertThat(redis.embedded()).isFalse();
        assertThat(redis.mode()).isEqualTo(deployment.equals("city") ? RedisSettings.RedisMode.SENTINEL : RedisSettings.RedisMode.CLUSTER);
        assertThat(RedisClients.nodes(redis, redis.mode().name())).hasSizeGreaterThanOrEqualTo(3);
        assertThat(redis.waitReplicas()).isEqualTo(1);
        Map<String, Object> brokers = binder.bind("onewindow.mqtt.brokers", Bindable.mapOf(String.class, Object.class)).get();
        assertThat(brokers).isNotEmpty();
        assertThat(binder.bind("onewindow.records.url", String.class).get()).contains("targetServerType=primary");
    }

    @Test
    void theHallFilesLoadAndNameABrokerOfTheirCity() throws Exception {
        Binder city = binder(EXAMPLES.resolve("city/application.yml"));
        Set<String> brokers = city.bind("onewindow.mqtt.brokers", Bindable.mapOf(String.class, Object.class)).get().keySet();
        List<Path> files;
        try (Stream<Path> listed = Files.list(EXAMPLES.resolve("city/halls"))) {
            files = listed.filter(p -> p.toString().endsWith(".yml")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Hall hall = HallLoader.load(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), brokers);
            assertThat(hall.region()).as(file + " names its region").isNotNull();
            assertThat(brokers).as(file + "'s broker").contains(hall.broker());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"city/redis.conf", "province/redis-cluster-node.conf", "city/sentinel.conf"})
    void theRedisFilesStartARedis(String example, @TempDir Path dir) throws Exception {
        Path conf = dir.resolve("redis.conf");
        Files.copy(EXAMPLES.resolve(example), conf); // a Sentinel rewrites its file
        int port = FreePorts.any();
        List<String> command = new ArrayList<>(List.of(ExecutableProvider.newJarResourceProvider().get().getAbsolutePath(),
                conf.toString()));
        if (example.contains("sentinel")) {
            command.add("--sentinel");
        }
        command.addAll(List.of("--port", Integer.toString(port), "--bind", "127.0.0.1", "--dir", dir.toString()));
        Process redis = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        try {
            String password = example.contains("sentinel") ? "REPLACE_WITH_SENTINEL_PASSWORD" : "REPLACE_WITH_REDIS_PASSWORD";
            String user = example.contains("cluster") ? "onewindow" : null;
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !redis.isAlive() || answers(port, user, password));
            assertThat(redis.isAlive()).as(example + " started a redis-server: " + Files.readString(dir.resolve("log"))).isTrue();
        } finally {
            redis.destroy();
        }
    }

    @Test
    void theHallBrokerFileUsesOnlyMosquittoSettings() throws IOException {
        Set<String> mosquitto = Set.of("per_listener_settings", "listener", "cafile", "certfile", "keyfile",
                "allow_anonymous", "password_file", "acl_file", "persistence", "persistence_location",
                "set_tcp_nodelay", "max_queued_messages", "require_certificate", "tls_version", "log_dest", "log_type");
        List<String> unknown = Files.readAllLines(EXAMPLES.resolve("city/mosquitto-hall.conf")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s+")[0]).filter(k -> !mosquitto.contains(k)).toList();
        assertThat(unknown).isEmpty();
    }

    private static boolean answers(int port, String user, String password) {
        try (Jedis jedis = new Jedis("127.0.0.1", port, 1000)) {
            if (user == null) {
                jedis.auth(password);
            } else {
                jedis.auth(user, password);
            }
            return "PONG".equals(jedis.ping());
        } catch (JedisException e) {
            return false;
        }
    }

    private static boolean isBroker(String key) {
        String prefix = "onewindow.mqtt.brokers.";
        if (!key.startsWith(prefix)) {
            return false;
        }
        String rest = key.substring(prefix.length());
        return rest.indexOf('.') > 0 && BROKER_FIELDS.contains(rest.substring(rest.indexOf('.') + 1));
    }

    private static Set<String> keys(Path yaml) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load(yaml.toString(), new FileSystemResource(yaml))) {
            for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                keys.add(name);
            }
        }
        return keys;
    }

    private static Binder binder(Path yaml) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load(yaml.toString(), new FileSystemResource(yaml))) {
            environment.getPropertySources().addFirst(source);
        }
        return Binder.get(environment);
    }

    /** The names Spring Boot's own modules document in their configuration metadata. */
    private static Set<String> springProperties() throws IOException {
        Set<String> names = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (var resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
            try (InputStream in = resource.getInputStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    names.add(property.path("name").asText());
                }
            }
        }
        return names;
    }
}
