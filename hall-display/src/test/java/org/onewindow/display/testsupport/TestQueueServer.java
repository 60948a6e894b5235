package org.onewindow.display.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.onewindow.protocol.client.HallRestClient;
import org.onewindow.server.QueueServerApplication;

/**
 * The real queue server in this JVM, on its embedded Redis, serving the demo hall and publishing
 * to a broker the test owns (so the test can stop and restart it).
 */
public final class TestQueueServer implements AutoCloseable {

    public static final String HALL = "linxia";

    private final ConfigurableApplicationContext context;

    private TestQueueServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static TestQueueServer start(Path dataDir, String brokerUri) {
        // Arguments, not default properties: they must win over application.yml.
        return new TestQueueServer(new SpringApplicationBuilder(QueueServerApplication.class)
                .run("--server.port=0", "--onewindow.data-dir=" + dataDir, "--onewindow.redis.port=0",
                        "--onewindow.mqtt.embedded-broker=false", "--onewindow.mqtt.url=" + brokerUri,
                        "--spring.main.banner-mode=off"));
    }

    public String url() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    public HallRestClient manager() {
        return HallRestClient.forStaff(url(), HALL, "manager", "demo-manager", Duration.ofSeconds(5));
    }

    public HallRestClient clerk(String user) {
        return HallRestClient.forStaff(url(), HALL, user, "demo-clerk", Duration.ofSeconds(5));
    }

    @Override
    public void close() {
        context.close();
    }

}
