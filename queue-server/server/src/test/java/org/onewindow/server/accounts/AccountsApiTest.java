package org.onewindow.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.onewindow.server.database.RecordsSchema;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestServer;

/**
 * The manager's accounts and devices over REST, against the server's own PostgreSQL: what is made
 * signs in, what is disabled or re-keyed is refused at once, bad bodies change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountsApiTest {

    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountStore store;

    @Autowired
    AccountSeeds seeds;

    @Autowired
    RecordsSchema schema;

    private Http http() {
        return new Http(port);
    }

    private static JsonNode json(Reply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (Exception e) {
            throw new AssertionError(reply.body(), e);
        }
    }

    @Test
    void aClerkTheManagerMakesSignsInWithTheMadePasswordUntilDisabled() {
        Reply created = http().post("/api/accounts/staff", MANAGER,
                "{\"username\":\"clerk-new\",\"displayName\":\"新同事\",\"roles\":[\"CLERK\"],\"allowedWindows\":[\"3\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String password = json(created).get("password").asText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(AccountChanges.MIN_PASSWORD);
        assertThat(created.body()).doesNotContain("bcrypt").doesNotContain("passwordHash");
        String clerk = Http.basic("clerk-new", password);

        assertThat(http().get("/api/halls", clerk).status()).isEqualTo(200);
        assertThat(http().get("/api/staff", clerk).body()).contains("新同事");
        // The account allows window 3 only.
        assertThat(http().post("/api/halls/testhall/windows/4/sign-in", clerk, "").status()).isEqualTo(403);
        assertThat(http().post("/api/halls/testhall/windows/3/sign-in", clerk, "").status()).isEqualTo(200);

        assertThat(http().post("/api/accounts/staff/clerk-new/disable", MANAGER, "").status()).isEqualTo(200);
        assertThat(http().get("/api/halls", clerk).status()).isEqualTo(401);

        assertThat(http().post("/api/accounts/staff/clerk-new/enable", MANAGER, "").status()).isEqualTo(200);
        assertThat(http().get("/api/halls", clerk).status()).isEqualTo(200);
    }

    @Test
    void aResetPasswordReplacesTheOldOneAndATypedOneMustBeLongEnough() {
        http().post("/api/accounts/staff", MANAGER,
                "{\"username\":\"clerk-reset\",\"displayName\":\"重置\",\"roles\":[\"CLERK\"],\"password\":\"first-password-1\"}");
        assertThat(http().get("/api/halls", Http.basic("clerk-reset", "first-password-1")).status()).isEqualTo(200);

        Reply tooShort = http().post("/api/accounts/staff/clerk-reset/password", MANAGER, "{\"password\":\"short\"}");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("password");
        assertThat(http().get("/api/halls", Http.basic("clerk-reset", "first-password-1")).status()).isEqualTo(200);

        Reply made = http().post("/api/accounts/staff/clerk-reset/password", MANAGER, "");
        assertThat(made.status()).isEqualTo(200);
        String password = json(made).get("password").asText();
        assertThat(http().get("/api/halls", Http.basic("clerk-reset", "first-password-1")).status()).isEqualTo(401);
        assertThat(http().get("/api/halls", Http.basic("clerk-reset", password)).status()).isEqualTo(200);
    }

    @Test
    void badBodiesAre400UnknownNamesAre404AndNothingChanges() {
        String before = http().get("/api/accounts/staff", MANAGER).body();
        String devicesBefore = http().get("/api/accounts/devices", MANAGER).body();
        for (String body : new String[] {"", "{}", "{\"username\":\"Bad Name\",\"displayName\":\"x\",\"roles\":[\"CLERK\"]}",
            "{\"username\":\"ok-name\",\"displayName\":\"\",\"roles\":[\"CLERK\"]}",
            "{\"username\":\"ok-name\",\"displayName\":\"x\",\"roles\":[\"ROOT\"]}",
            "{\"username\":\"ok-name\",\"displayName\":\"x\",\"roles\":[]}",
            "{\"username\":\"ok-name\",\"displayName\":\"x\",\"roles\":[\"CLERK\"],\"password\":\"short\"}",
            "{\"username\":\"ok-name\",\"displayName\":\"x\",\"roles\":[\"CLERK\"],\"allowedHalls\":[\"nowhere\"]}",
            "{\"username\":\"ok-name\",\"displayName\":\"x\",\"roles\":[\"CLERK\"],\"allowedWindows\":[\"a b\"]}",
            "{\"username\":\"ok-name\",\"roles\":\"CLERK\"}"}) {
            assertThat(http().post("/api/accounts/staff", MANAGER, body).status()).as(body).isEqualTo(400);
        }
        assertThat(http().post("/api/accounts/staff", MANAGER,
                "{\"username\":\"clerk01\",\"displayName\":\"x\",\"roles\":[\"CLERK\"]}").status()).isEqualTo(409);
        assertThat(http().put("/api/accounts/staff/clerk01", MANAGER, "{\"displayName\":\"\"}").status()).isEqualTo(400);
        for (String body : new String[] {"", "{\"id\":\"k 1\",\"kind\":\"KIOSK\",\"hall\":\"testhall\"}",
            "{\"id\":\"k-1\",\"kind\":\"TOASTER\",\"hall\":\"testhall\"}", "{\"id\":\"k-1\",\"kind\":\"KIOSK\",\"hall\":\"nowhere\"}",
            "{\"id\":\"s-1\",\"kind\":\"WINDOW_SCREEN\",\"hall\":\"testhall\"}",
            "{\"id\":\"s-1\",\"kind\":\"WINDOW_SCREEN\",\"hall\":\"testhall\",\"window\":\"99\"}",
            "{\"id\":\"k-1\",\"kind\":\"KIOSK\",\"hall\":\"testhall\",\"window\":\"3\"}",
            "{\"id\":\"onewindow-server\",\"kind\":\"KIOSK\",\"hall\":\"testhall\"}"}) {
            assertThat(http().post("/api/accounts/devices", MANAGER, body).status()).as(body).isEqualTo(400);
        }
        for (String path : new String[] {"/api/accounts/staff/nobody/disable", "/api/accounts/staff/nobody/enable",
            "/api/accounts/staff/nobody/password", "/api/accounts/devices/nothing/disable",
            "/api/accounts/devices/nothing/enable", "/api/accounts/devices/nothing/rotate-token"}) {
            assertThat(http().post(path, MANAGER, "").status()).as(path).isEqualTo(404);
        }
        assertThat(http().put("/api/accounts/staff/nobody", MANAGER, "{\"displayName\":\"x\"}").status()).isEqualTo(404);

        assertThat(http().get("/api/accounts/staff", MANAGER).body()).isEqualTo(before);
        assertThat(http().get("/api/accounts/devices", MANAGER).body()).isEqualTo(devicesBefore);
    }

    @Test
    void aManagerKeepsTheirOwnAccountAndOnlyManagersManageAccounts() {
        assertThat(http().post("/api/accounts/staff/manager/disable", MANAGER, "").status()).isEqualTo(409);
        assertThat(http().get("/api/halls", MANAGER).status()).isEqualTo(200);
        assertThat(http().get("/api/accounts/staff", Http.basic("clerk01", "demo-clerk")).status()).isEqualTo(403);
        assertThat(http().post("/api/accounts/devices", Http.basic("clerk01", "demo-clerk"),
                "{\"id\":\"k-9\",\"kind\":\"KIOSK\",\"hall\":\"testhall\"}").status()).isEqualTo(403);
    }

    @Test
    void aRegisteredDeviceUsesItsTokenUntilRotatedOrDisabled() {
        Reply registered = http().post("/api/accounts/devices", MANAGER, "{\"id\":\"board-new\",\"kind\":\"BOARD\",\"hall\":\"testhall\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String token = json(registered).get("token").asText();
        assertThat(registered.body()).doesNotContain(TokenHash.of(token));
        assertThat(json(registered).get("mqttUrl").asText()).as("its hall's broker: here the embedded one")
                .matches("tcp://127\\.0\\.0\\.1:[0-9]+");
        assertThat(http().get("/api/accounts/devices", MANAGER).body()).contains("board-new").doesNotContain(token)
                .doesNotContain(TokenHash.of(token));
        assertThat(http().get("/api/halls/testhall/board", Http.bearer(token)).status()).isEqualTo(200);

        Reply rotated = http().post("/api/accounts/devices/board-new/rotate-token", MANAGER, "");
        String newToken = json(rotated).get("token").asText();
        assertThat(json(rotated).get("mqttUrl").asText()).isEqualTo(json(registered).get("mqttUrl").asText());
        assertThat(json(rotated).get("device").get("rotatedAt").isNull()).isFalse();
        assertThat(http().get("/api/halls/testhall/board", Http.bearer(token)).status()).isEqualTo(401);
        assertThat(http().get("/api/halls/testhall/board", Http.bearer(newToken)).status()).isEqualTo(200);

        assertThat(http().post("/api/accounts/devices/board-new/disable", MANAGER, "").status()).isEqualTo(200);
        assertThat(http().get("/api/halls/testhall/board", Http.bearer(newToken)).status()).isEqualTo(401);
        assertThat(http().post("/api/accounts/devices/board-new/enable", MANAGER, "").status()).isEqualTo(200);
        assertThat(http().get("/api/halls/testhall/board", Http.bearer(newToken)).status()).isEqualTo(200);
    }

    /** A seed the console changed stays as changed when the seeds are read again at the next start. */
    @Test
    void seedsNeverOverwriteWhatTheConsoleChanged() {
        assertThat(http().put("/api/accounts/staff/clerk02", MANAGER, "{\"displayName\":\"改过的名字\"}").status()).isEqualTo(200);
        assertThat(http().post("/api/accounts/staff/clerk02/disable", MANAGER, "").status()).isEqualTo(200);

        try (AccountDirectory nextStart = new AccountDirectory(store, seeds, schema::ready)) {
            StaffAccount clerk02 = nextStart.staff("clerk02").orElseThrow();
            assertThat(clerk02.displayName()).isEqualTo("改过的名字");
            assertThat(clerk02.disabled()).isTrue();
            assertThat(clerk02.changedBy()).isEqualTo("manager");
        }
        assertThat(http().get("/api/halls", Http.basic("clerk02", "demo-clerk")).status()).isEqualTo(401);
    }
}
