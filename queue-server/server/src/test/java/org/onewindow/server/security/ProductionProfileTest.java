package org.onewindow.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.server.QueueServerApplication;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.TestPostgres;
import org.onewindow.server.testsupport.TestServer;

/**
 * The profile "production" keeps nothing of the demo that every copy of the project knows: not its
 * staff passwords, not its device tokens, not the server's MQTT password.
 */
class ProductionProfileTest {

    private static final String IDENTITY_KEY = "the-deployment's-own-identity-key-0123456789";
    private static final String MQTT_PASSWORD = "the-deployment's-own-mqtt-password";
    private static final String RECORDS_URL = TestPostgres.freshDatabase();
    private static final String FIRST_MANAGER_PASSWORD = "the-first-manager's-password";
    private static final String FIRST_MANAGER_HASH = PasswordEncoderFactories.createDelegatingPasswordEncoder()
            .encode(FIRST_MANAGER_PASSWORD);

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @ActiveProfiles("production")
    class Started {

        @TempDir
        static Path dataDir;

        @DynamicPropertySource
        static void properties(DynamicPropertyRegistry registry) {
            registry.add("onewindow.data-dir", dataDir::toString);
            registry.add("onewindow.redis.port", () -> 0);
            registry.add("onewindow.mqtt.embedded-port", () -> 0);
            registry.add("onewindow.halls.files", () -> "classpath:halls/test-hall.yml");
            registry.add("onewindow.identity.secret", () -> IDENTITY_KEY);
            registry.add("onewindow.mqtt.password", () -> MQTT_PASSWORD);
            TestServer.onFreshRecords(registry);
            registry.add("ONEWINDOW_FIRST_MANAGER_USERNAME", () -> "director");
            registry.add("ONEWINDOW_FIRST_MANAGER_PASSWORD_HASH", () -> FIRST_MANAGER_HASH);
        }

        @LocalServerPort
        int port;

        /** Devices log in to the broker with the same registry: a token refused here is refused there. */
        @Test
        void theDemoStaffPasswordsAndDeviceTokensOpenNothing() {
            Http http = new Http(port);

            assertThat(http.get("/api/halls", Http.basic("manager", "demo-manager")).status()).isEqualTo(401);
            assertThat(http.get("/api/halls", Http.basic("clerk01", "demo-clerk")).status()).isEqualTo(401);
            assertThat(http.get("/api/halls", Http.bearer("demo-kiosk-token")).status()).isEqualTo(401);
            assertThat(http.post("/api/halls/testhall/tickets", Http.bearer("demo-kiosk-token"),
                    "{\"requestId\":\"r-1\",\"areaId\":\"biz\"}").status()).isEqualTo(401);
        }

        /** The one account production starts with: the first manager, from its environment variables. */
        @Test
        void theFirstManagerFromTheEnvironmentSignsInAndIsTheOnlyAccount() {
            Http http = new Http(port);

            assertThat(http.get("/api/halls", Http.basic("director", FIRST_MANAGER_PASSWORD)).status()).isEqualTo(200);
            Http.Reply accounts = http.get("/api/accounts/staff", Http.basic("director", FIRST_MANAGER_PASSWORD));
            assertThat(accounts.status()).isEqualTo(200);
            assertThat(accounts.body()).contains("\"director\"").doesNotContain("clerk01").doesNotContain("bcrypt");
            assertThat(http.get("/api/accounts/devices", Http.basic("director", FIRST_MANAGER_PASSWORD)).body()).isEqualTo("[]");
        }
    }

    @Test
    void withoutItsOwnMqttPasswordTheServerDoesNotStartAndSaysWhatToSet(@TempDir Path dataDir) {
        for (String password : new String[] {"", "demo-server-mqtt", "short"}) {
            // As on a command line: above what application.yml says.
            String[] args = {"--onewindow.data-dir=" + dataDir, "--onewindow.redis.port=0", "--onewindow.mqtt.embedded-port=0",
                    "--server.port=0", "--onewindow.halls.files=classpath:halls/test-hall.yml",
                    "--onewindow.identity.secret=" + IDENTITY_KEY, "--onewindow.mqtt.password=" + password,
                    "--onewindow.records.url=" + RECORDS_URL, "--onewindow.records.username=postgres"};
            SpringApplicationBuilder server = new SpringApplicationBuilder(QueueServerApplication.class).profiles("production");

            assertThatThrownBy(() -> server.run(args).close()).as("password '%s'", password)
                    .rootCause().hasMessageContaining("ONEWINDOW_MQTT_PASSWORD").hasMessageContaining("at least 16");
        }
    }

    @Test
    void withoutItsOwnRecordsDatabaseTheServerDoesNotStartAndSaysWhatToSet(@TempDir Path dataDir) {
        String[] args = {"--onewindow.data-dir=" + dataDir, "--onewindow.redis.port=0", "--onewindow.mqtt.embedded-port=0",
                "--server.port=0", "--onewindow.halls.files=classpath:halls/test-hall.yml",
                "--onewindow.identity.secret=" + IDENTITY_KEY, "--onewindow.mqtt.password=" + MQTT_PASSWORD};
        SpringApplicationBuilder server = new SpringApplicationBuilder(QueueServerApplication.class).profiles("production");

        assertThatThrownBy(() -> server.run(args).close())
                .rootCause().hasMessageContaining("ONEWINDOW_RECORDS_URL");
    }
}
