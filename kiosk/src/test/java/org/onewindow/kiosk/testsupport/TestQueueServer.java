package org.onewindow.kiosk.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

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
        int mqtt = freePort();
        // Arguments, not default properties: they must win over application.yml.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(QueueServerApplication.class)
                .run("--server.port=0", "--onewindow.data-dir=" + dataDir, "--onewindow.redis.port=0",
                        "--onewindow.mqtt.embedded-port=" + mqtt, "--spring.main.banner-mode=off",
                        "--onewindow.demo.appointment-codes-file=" + dataDir.resolve("appointment-codes.txt"));
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

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
