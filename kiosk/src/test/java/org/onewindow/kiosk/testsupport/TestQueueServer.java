package org.onewindow.kiosk.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.onewindow.protocol.testsupport.FreePorts;
import org.onewindow.protocol.client.HallRestClient;
import org.onewindow.server.QueueServerApplication;

/**
 * The real queue server, in this JVM, on its embedded Redis and MQTT broker (free ports), serving
 * the demo hall: what a kiosk talks to in the hall.
 */
public final class TestQueueServer implements AutoCloseable {

    public static final String HALL = "linxia";

    private final ConfigurableApplicationContext context;
    private final int mqttPort;

    private TestQueueServer(ConfigurableApplicationContext context, int mqttPort) {
        this.context = context;
        this.mqttPort = mqttPort;
    }

    public static TestQueueServer start(Path dataDir) throws IOException {
        return start(dataDir, "--onewindow.redis.port=0");
    }

    /** The same server on a Redis the test started itself (and can disturb) on 127.0.0.1:{@code redisPort}. */
    public static TestQueueServer startOnRedis(Path dataDir, int redisPort) throws IOException {
        return start(dataDir, "--onewindow.redis.embedded=false", "--onewindow.redis.host=127.0.0.1",
                "--onewindow.redis.port=" + redisPort);
    }

    private static TestQueueServer start(Path dataDir, String... redis) throws IOException {
        int mqtt = FreePorts.any();
        List<String> args = new ArrayList<>(List.of(redis));
        // Arguments, not default properties: they must win over application.yml.
        args.addAll(List.of("--server.port=0", "--onewindow.data-dir=" + dataDir,
                "--onewindow.mqtt.embedded-port=" + mqtt, "--spring.main.banner-mode=off",
                "--onewindow.demo.appointment-codes-file=" + dataDir.resolve("appointment-codes.txt"),
                // The flows' tests swipe the same sample cards all day long; the limits have tests of their own.
                "--onewindow.terminal.lookups-per-device-minute=100000",
                "--onewindow.terminal.lookups-per-person-minute=100000"));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(QueueServerApplication.class)
                .run(args.toArray(String[]::new));
        return new TestQueueServer(context, mqtt);
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public String mqttUrl() {
        return "tcp://127.0.0.1:" + mqttPort;
    }

    public HallRestClient manager() {
        return HallRestClient.forStaff(url(), HALL, "manager", "demo-manager", Duration.ofSeconds(5));
    }

    @Override
    public void close() {
        context.close();
    }

}
