package org.onewindow.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.RegionHalls;
import org.onewindow.server.testsupport.TestServer;

/**
 * A scoped manager manages the accounts of their own scope only and grants no more than it: no wider
 * region, no hall outside it, not "every hall"; scope changes are in the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountScopesApiTest {

    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final String PREFECTURE = Http.basic("pf-manager", "prefecture-pass-1");
    private static final String COUNTY = Http.basic("ct-manager", "county-pass-1");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
        registry.add("onewindow.halls.files", () -> RegionHalls.write(dataDir));
        registry.add("onewindow.audit.drain-millis", () -> 200);
    }

    @LocalServerPort
    int port;

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

    private static String account(String username, String roles, String scope) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"测试\",\"roles\":" + roles
                + ",\"password\":\"some-password-1\"" + (scope == null ? "" : ",\"scope\":" + scope) + "}";
    }

    private List<String> usernames(String auth) {
        List<String> names = new ArrayList<>();
        json(http().get("/api/accounts/staff", auth)).forEach(a -> names.add(a.get("username").asText()));
        return names;
    }

    /** Made before the first test; the later ones find them made (409). */
    @BeforeEach
    void managersOfThePrefectureAndOfOneCounty() {
        assertThat(http().post("/api/accounts/staff", MANAGER, """
                {"username":"pf-manager","displayName":"州","roles":["MANAGER"],"password":"prefecture-pass-1",
                 "scope":{"regions":["622900"]}}""").status()).isIn(201, 409);
        assertThat(http().post("/api/accounts/staff", MANAGER, """
                {"username":"ct-manager","displayName":"县","roles":["MANAGER"],"password":"county-pass-1",
                 "scope":{"halls":["guanghe"]}}""").status()).isIn(201, 409);
    }

    @Test
    void aScopedManagerCannotGrantMoreThanTheirOwnScope() {
        String[][] refused = {
            {PREFECTURE, null},                                      // every hall
            {PREFECTURE, "{\"regions\":[\"620000\"]}"},              // the province above
            {PREFECTURE, "{\"regions\":[\"620100\"]}"},              // another city
            {PREFECTURE, "{\"halls\":[\"chengguan\"]}"},             // a hall outside
            {PREFECTURE, "{\"halls\":[\"testhall\"]}"},              // a hall with no region
            {COUNTY, "{\"regions\":[\"622900\"]}"},                  // the region around their hall
            {COUNTY, "{\"regions\":[\"622924\"]}"},                  // even their hall's own county
            {COUNTY, "{\"halls\":[\"guanghe\",\"lxcity\"]}"},
        };
        for (String[] attempt : refused) {
            Reply reply = http().post("/api/accounts/staff", attempt[0], account("escalated", "[\"MANAGER\"]", attempt[1]));
            assertThat(reply.status()).as(attempt[1]).isEqualTo(403);
            assertThat(json(reply).get("code").asText()).isEqualTo("OUT_OF_SCOPE");
        }
        assertThat(usernames(MANAGER)).doesNotContain("escalated");
        // A clerk of their hall, allowed at a hall outside it, is refused too.
        assertThat(http().post("/api/accounts/staff", COUNTY, account("escalated", "[\"CLERK\"]", "{\"halls\":[\"guanghe\"]}")
                .replace("\"password\"", "\"allowedHalls\":[\"lxcity\"],\"password\"")).status()).isEqualTo(403);

        assertThat(http().post("/api/accounts/staff", PREFECTURE, account("pf-county", "[\"MANAGER\"]", "{\"regions\":[\"622924\"]}"))
                .status()).isEqualTo(201);
        assertThat(http().post("/api/accounts/staff", COUNTY, account("ct-clerk", "[\"CLERK\"]", "{\"halls\":[\"guanghe\"]}"))
                .status()).isEqualTo(201);
    }

    @Test
    void unknownHallsAndRegionsInAScopeAre400() {
        for (String scope : new String[] {"{\"halls\":[\"nowhere\"]}", "{\"regions\":[\"999999\"]}", "{\"regions\":[\"62290\"]}"}) {
            Reply reply = http().post("/api/accounts/staff", MANAGER, account("unknown-scope", "[\"MANAGER\"]", scope));
            assertThat(reply.status()).as(scope).isEqualTo(400);
            assertThat(json(reply).get("field").asText()).startsWith("scope.");
        }
    }

    @Test
    void aScopedManagerSeesAndChangesOnlyTheAccountsOfTheirScope() {
        assertThat(http().post("/api/accounts/staff", MANAGER, account("lz-manager", "[\"MANAGER\"]", "{\"regions\":[\"620100\"]}"))
                .status()).isEqualTo(201);
        List<String> seen = usernames(PREFECTURE);
        assertThat(seen).contains("pf-manager", "ct-manager").doesNotContain("manager", "lz-manager");
        assertThat(usernames(COUNTY)).contains("ct-manager").doesNotContain("pf-manager", "lz-manager");

        assertThat(http().post("/api/accounts/staff/lz-manager/disable", PREFECTURE, "").status()).isEqualTo(403);
        assertThat(http().post("/api/accounts/staff/lz-manager/password", PREFECTURE, "").status()).isEqualTo(403);
        assertThat(http().post("/api/accounts/staff/pf-manager/disable", COUNTY, "").status()).isEqualTo(403);
        // Their own scope cannot be widened by themselves, nor another's by them.
        assertThat(http().put("/api/accounts/staff/pf-manager", PREFECTURE,
                "{\"displayName\":\"州\",\"scope\":{\"regions\":[\"620000\"]}}").status()).isEqualTo(403);
        assertThat(http().put("/api/accounts/staff/ct-manager", PREFECTURE,
                "{\"displayName\":\"县\",\"scope\":{\"halls\":[],\"regions\":[]}}").status()).isEqualTo(403);
        assertThat(http().get("/api/halls", PREFECTURE).body()).doesNotContain("chengguan");
    }

    @Test
    void aScopeChangeIsTrailedWithTheScopeBeforeAndAfter() {
        assertThat(http().post("/api/accounts/staff", MANAGER, account("moved", "[\"MANAGER\"]", "{\"halls\":[\"guanghe\"]}"))
                .status()).isEqualTo(201);
        Reply changed = http().put("/api/accounts/staff/moved", PREFECTURE, "{\"displayName\":\"调动\",\"scope\":{\"halls\":[\"lxcity\"]}}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).get("scope").get("halls").get(0).asText()).isEqualTo("lxcity");
        // A change that leaves the scope out keeps it.
        assertThat(json(http().put("/api/accounts/staff/moved", PREFECTURE, "{\"displayName\":\"调动二\"}")).get("scope").get("halls")
                .get(0).asText()).isEqualTo("lxcity");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http().get("/api/audit?action=account-change", MANAGER).body().contains("account moved"));
        JsonNode entries = json(http().get("/api/audit?action=account-change&actor=pf-manager", MANAGER));
        List<String> details = new ArrayList<>();
        entries.forEach(e -> details.add(e.get("detail").asText()));
        assertThat(details).contains("halls=[] windows=[] scope=halls=[guanghe] regions=[] -> halls=[lxcity] regions=[]");
        // The prefecture's manager reads what they did themselves, though it names no hall.
        assertThat(http().get("/api/audit?action=account-change", PREFECTURE).body()).contains("account moved");
        assertThat(http().get("/api/audit?action=account-create", MANAGER).body()).contains("scope=halls=[guanghe] regions=[]");
    }

    @Test
    void theLastManagerOfEveryHallKeepsEveryHall() {
        Reply narrowed = http().put("/api/accounts/staff/manager", MANAGER,
                "{\"displayName\":\"管理员\",\"scope\":{\"regions\":[\"620000\"]}}");
        assertThat(narrowed.status()).as(narrowed.body()).isEqualTo(409);
        assertThat(json(http().get("/api/overview", MANAGER)).get("everywhere").asBoolean()).isTrue();
    }
}
