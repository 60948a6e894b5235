package org.onewindow.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.mqtt.MqttGateway;
import org.onewindow.protocol.mqtt.MqttGateways;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rpc.MqttRequester;
import org.onewindow.protocol.testsupport.FreePorts;
import org.onewindow.protocol.topic.HallTopics;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.server.testsupport.TestIds;
import org.onewindow.server.testsupport.TestServer;

/**
 * What the trail shows of sign-ins, look-ups of a person and account changes, and what it never
 * holds: a password, a device's token or a clear ID number, in any column of any row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditHoldsNoSecretsTest {

    private static final int MQTT_PORT = FreePorts.any();
    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final String ID_NUMBER = TestIds.resident("19750304", 417);
    private static final String WRONG_PASSWORD = "Not-the-password-42";
    private static final String WRONG_BASIC = "Wrong-basic-pass-7";
    private static final String TYPED_PASSWORD = "Typed-password-123";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> MQTT_PORT);
        registry.add("onewindow.halls.files", () -> "classpath:halls/test-hall.yml");
        registry.add("onewindow.audit.drain-millis", () -> 200);
        TestServer.onFreshRecords(registry);
        TestDevices.register(registry, "testhall");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signInsLookUpsAndAccountChangesAreTrailedWithoutPasswordsTokensOrIdNumbers() {
        Http http = new Http(port);
        assertThat(http.signIn("manager", "demo-manager").status()).isEqualTo(200);
        assertThat(http.signIn("manager", WRONG_PASSWORD).status()).isEqualTo(401);
        assertThat(http.get("/api/halls/testhall/board", Http.basic("clerk01", WRONG_BASIC)).status()).isEqualTo(401);

        Reply issued = http.post("/api/halls/testhall/tickets", MANAGER, JsonCodec.toJson(Map.of("requestId", "audit-1",
                "areaId", "biz", "identity", new Identity(ID_NUMBER, "李华"))));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String number = JsonCodec.fromJson(issued.body(), Map.class).get("number").toString();
        assertThat(http.get("/api/halls/testhall/tickets?number=" + number, MANAGER).status()).isEqualTo(200);
        assertThat(askTerminal()).isEmpty();

        Reply account = http.post("/api/accounts/staff", MANAGER, JsonCodec.toJson(Map.of("username", "auditor-test",
                "displayName", "审计", "roles", List.of("CLERK"), "allowedHalls", List.of("testhall"),
                "allowedWindows", List.of("3"), "password", TYPED_PASSWORD)));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        Reply device = http.post("/api/accounts/devices", MANAGER, JsonCodec.toJson(Map.of("id", "kiosk-audit",
                "kind", "KIOSK", "hall", "testhall")));
        assertThat(device.status()).as(device.body()).isEqualTo(201);
        String token = JsonCodec.fromJson(device.body(), Map.class).get("token").toString();

        await().atMost(Duration.ofSeconds(10)).until(() -> actions().containsAll(List.of("console-sign-in",
                "sign-in-refused", "issue", "lookup", "identity-lookup", "account-create", "device-register")));
        assertThat(jdbc.sql("select count(*) from audit_record where action = 'sign-in-refused'").query(Long.class).single())
                .as("the console's and HTTP Basic's").isEqualTo(2);
        assertThat(jdbc.sql("select origin from audit_record where action = 'console-sign-in'").query(String.class).single())
                .isEqualTo("127.0.0.1");
        assertThat(jdbc.sql("select target from audit_record where action = 'identity-lookup'").query(String.class).single())
                .matches("person [0-9a-f]{8}");
        assertThat(jdbc.sql("select origin from audit_record where action = 'identity-lookup'").query(String.class).single())
                .isEqualTo("device:terminal-1");

        String everything = String.join("\n", jdbc.sql("select concat_ws('|', source_id, actor, action, hall, target, origin, detail)"
                + " from audit_record").query(String.class).list());
        assertThat(everything).contains("account auditor-test", "device kiosk-audit")
                .doesNotContain(ID_NUMBER, ID_NUMBER.substring(0, 14), ID_NUMBER.substring(10), WRONG_PASSWORD, WRONG_BASIC, TYPED_PASSWORD,
                        "demo-manager", token, "李华");
    }

    private List<String> actions() {
        return jdbc.sql("select distinct action from audit_record").query(String.class).list();
    }

    private CaseView[] askTerminal() {
        MqttGateway link = MqttGateways.connect(TestDevices.mqtt("tcp://127.0.0.1:" + MQTT_PORT, "terminal-1"));
        try (MqttRequester terminal = new MqttRequester(link, HallTopics.forHall("testhall"), "terminal-1")) {
            await().atMost(Duration.ofSeconds(10)).until(link::isConnected);
            return terminal.request("cases.mine", Map.of("identity", new Identity(ID_NUMBER, "李华")), CaseView[].class,
                    Duration.ofSeconds(5)).join();
        } finally {
            link.close();
        }
    }

}
