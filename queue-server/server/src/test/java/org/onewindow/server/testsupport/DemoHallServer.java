package org.onewindow.server.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.onewindow.protocol.testsupport.FreePorts;
import org.onewindow.server.QueueServerApplication;
import org.onewindow.server.notice.SimulatedSmsGateway;
import org.onewindow.server.notice.SmsGateway;
import org.onewindow.server.notice.SmsMessage;
import org.onewindow.testsupport.HallRestDriver;

/**
 * The real queue server in this JVM, serving the demo hall on its embedded Redis (a free port): what
 * the kiosk's and the display's tests talk to, as the devices of the hall do.
 */
public final class DemoHallServer implements AutoCloseable {

    public static final String HALL = "linxia";

    private final ConfigurableApplicationContext context;
    private final String mqttUrl;

    private DemoHallServer(ConfigurableApplicationContext context, String mqttUrl) {
        this.context = context;
        this.mqttUrl = mqttUrl;
    }

    /**
     * With its embedded broker on a free port.
     *
     * @param settings "name=value" settings over the test defaults, e.g. "onewindow.redis.embedded=false"
     */
    public static DemoHallServer withEmbeddedBroker(Path dataDir, String... settings) {
        int mqtt = FreePorts.any();
        return start(dataDir, "tcp://127.0.0.1:" + mqtt,
                List.of("onewindow.mqtt.embedded-port=" + mqtt), settings);
    }

    /**
     * With its embedded broker, every feature reading {@code clock} instead of the real one (a
     * {@link ShiftedClock}: the hall open whenever the test runs).
     */
    public static DemoHallServer withEmbeddedBrokerAt(Clock clock, Path dataDir, String... settings) {
        int mqtt = FreePorts.any();
        return start(clock, dataDir, "tcp://127.0.0.1:" + mqtt, List.of("onewindow.mqtt.embedded-port=" + mqtt), settings);
    }

    /** Publishing to a broker the test owns (so it can stop and start it). */
    public static DemoHallServer onBroker(Path dataDir, String brokerUri, String... settings) {
        return start(dataDir, brokerUri,
                List.of("onewindow.mqtt.embedded-broker=false", "onewindow.mqtt.url=" + brokerUri), settings);
    }

    private static DemoHallServer start(Path dataDir, String mqttUrl, List<String> broker, String... settings) {
        return start(null, dataDir, mqttUrl, broker, settings);
    }

    private static DemoHallServer start(Clock clock, Path dataDir, String mqttUrl, List<String> broker, String... settings) {
        Map<String, String> args = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(List.of("server.port=0", "onewindow.data-dir=" + dataDir, "onewindow.redis.port=0",
                "spring.main.banner-mode=off"));
        all.addAll(broker);
        all.addAll(List.of(settings));
        for (String setting : all) {
            int eq = setting.indexOf('=');
            args.put(setting.substring(0, eq), setting.substring(eq + 1)); // a later one replaces an earlier
        }
        // Arguments, not default properties: they must win over application.yml.
        String[] line = args.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        SpringApplicationBuilder server = new SpringApplicationBuilder(QueueServerApplication.class);
        if (clock != null) {
            server.initializers(context -> ((GenericApplicationContext) context)
                    .registerBean("testClock", Clock.class, () -> clock, bean -> bean.setPrimary(true)));
        }
        return new DemoHallServer(server.run(line), mqttUrl);
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Where devices reach the broker the server publishes to. */
    public String mqttUrl() {
        return mqttUrl;
    }

    public HallRestDriver manager() {
        return HallRestDriver.forStaff(url(), HALL, "manager", "demo-manager", Duration.ofSeconds(5));
    }

    public HallRestDriver clerk(String user) {
        return HallRestDriver.forStaff(url(), HALL, user, "demo-clerk", Duration.ofSeconds(5));
    }

    /**
     * The texts the server's simulated SMS gateway took for {@code mobile}, oldest first: how a
     * device's test sees that a number it left is subscribed (there is no way to read one back).
     */
    public List<String> textsSentTo(String mobile) {
        return texts().stream().filter(m -> m.mobile().equals(mobile)).map(m -> m.kind() + " " + m.text()).toList();
    }

    /** The texts taken about the ticket {@code ticketId} (whatever number they went to), as "KIND text". */
    public List<String> textsAbout(String ticketId) {
        return texts().stream().filter(m -> m.id().contains(ticketId)).map(m -> m.kind() + " " + m.text()).toList();
    }

    private List<SmsMessage> texts() {
        return ((SimulatedSmsGateway) context.getBean(SmsGateway.class)).sent();
    }

    @Override
    public void close() {
        context.close();
    }
}
