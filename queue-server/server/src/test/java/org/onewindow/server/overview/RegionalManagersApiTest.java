package org.onewindow.server.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onewindow.server.testsupport.RegionHalls.CHENGGUAN;
import static org.onewindow.server.testsupport.RegionHalls.GUANGHE;
import static org.onewindow.server.testsupport.RegionHalls.LINXIA_CITY;

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
 * Managers scoped to a region or a hall, against halls in three places of Gansu: the prefecture's
 * manager sees both of its halls and not Lanzhou's, a county hall's manager only their own, each
 * refused with 403 OUT_OF_SCOPE outside; the manager of every hall still sees them all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegionalManagersApiTest {

    static final String MANAGER = Http.basic("manager", "demo-manager");
    static final String PREFECTURE = Http.basic("lx-manager", "prefecture-pass-1");
    static final String COUNTY = Http.basic("gh-manager", "county-pass-1");
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

    Http http() {
        return new Http(port);
    }

    static JsonNode json(Reply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (Exception e) {
            throw new AssertionError(reply.body(), e);
        }
    }

    static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get(field).asText()));
        return ids;
    }

    /** Made before the first test; the later ones find them made (409). */
    @BeforeEach
    void managersOfThePrefectureAndOfOneCounty() {
        Reply prefecture = http().post("/api/accounts/staff", MANAGER, """
                {"username":"lx-manager","displayName":"州管理员","roles":["MANAGER"],"password":"prefecture-pass-1",
                 "scope":{"regions":["622900"]}}""");
        assertThat(prefecture.status()).as(prefecture.body()).isIn(201, 409);
        Reply county = http().post("/api/accounts/staff", MANAGER, """
                {"username":"gh-manager","displayName":"县管理员","roles":["MANAGER"],"password":"county-pass-1",
                 "scope":{"halls":["guanghe"]}}""");
        assertThat(county.status()).as(county.body()).isIn(201, 409);
    }

    @Test
    void theRegionalManagerSeesBothHallsOfThePrefectureAndNotLanzhous() {
        assertThat(ids(json(http().get("/api/halls", PREFECTURE)), "id")).containsExactly(LINXIA_CITY, GUANGHE);
        Reply overview = http().get("/api/overview", PREFECTURE);
        assertThat(overview.status()).as(overview.body()).isEqualTo(200);
        assertThat(ids(json(overview).get("halls"), "hallId")).containsExactly(LINXIA_CITY, GUANGHE);
        assertThat(json(overview).get("everywhere").asBoolean()).isFalse();
        assertThat(json(overview).get("halls").get(1).get("county").get("name").asText()).isEqualTo("广河县");
        for (String path : new String[] {"/glance", "/statistics", "/ratings", "/devices", "/board", ""}) {
            assertThat(http().get("/api/halls/" + LINXIA_CITY + path, PREFECTURE).status()).as(path).isEqualTo(200);
            assertThat(http().get("/api/halls/" + GUANGHE + path, PREFECTURE).status()).as(path).isEqualTo(200);
            Reply refused = http().get("/api/halls/" + CHENGGUAN + path, PREFECTURE);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(json(refused).get("code").asText()).isEqualTo("OUT_OF_SCOPE");
            assertThat(json(refused).get("message").asText()).contains("chengguan", "outside this account's scope");
        }
        // Percent-encoded, the id is still the hall's.
        assertThat(http().get("/api/halls/%63hengguan/glance", PREFECTURE).status()).isEqualTo(403);
        assertThat(http().post("/api/halls/" + CHENGGUAN + "/tidal/windows/20/open", PREFECTURE, "{\"areas\":[\"biz\"]}").status())
                .isEqualTo(403);
        assertThat(http().get("/api/overview?region=620100", PREFECTURE).status()).isEqualTo(403);
    }

    @Test
    void aHallManagerSeesOnlyTheirHall() {
        JsonNode own = json(http().get("/api/accounts/staff", COUNTY)).get(0);
        assertThat(own.get("username").asText()).isEqualTo("gh-manager");
        assertThat(own.get("scope").get("halls").get(0).asText()).isEqualTo(GUANGHE);
        assertThat(ids(json(http().get("/api/halls", COUNTY)), "id")).containsExactly(GUANGHE);
        assertThat(ids(json(http().get("/api/overview?region=622900", COUNTY)).get("halls"), "hallId")).containsExactly(GUANGHE);
        assertThat(http().get("/api/halls/" + GUANGHE + "/glance", COUNTY).status()).isEqualTo(200);
        assertThat(http().get("/api/halls/" + LINXIA_CITY + "/glance", COUNTY).status()).isEqualTo(403);
        assertThat(http().get("/api/halls/" + LINXIA_CITY + "/statistics/range", COUNTY).status()).isEqualTo(403);
        assertThat(http().get("/api/audit?hall=" + LINXIA_CITY, COUNTY).status()).isEqualTo(403);
        assertThat(http().get("/api/audit", COUNTY).status()).isEqualTo(200);
    }

    @Test
    void theManagerOfEveryHallSeesThemAllAndTheOverviewAddsThemUp() {
        assertThat(ids(json(http().get("/api/halls", MANAGER)), "id")).contains("testhall", LINXIA_CITY, GUANGHE, CHENGGUAN);
        Reply issued = http().post("/api/halls/" + GUANGHE + "/tickets", MANAGER, "{\"requestId\":\"region-1\",\"areaId\":\"biz\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode overview = json(http().get("/api/overview", MANAGER));
        assertThat(overview.get("everywhere").asBoolean()).isTrue();
        // Sorted by place: Lanzhou's 620102 before Linxia's 6229xx, a hall without a region first.
        assertThat(ids(overview.get("halls"), "hallId")).containsExactly("testhall", CHENGGUAN, LINXIA_CITY, GUANGHE);
        JsonNode guanghe = overview.get("halls").get(3).get("figures");
        assertThat(guanghe.get("issuedToday").asInt()).isEqualTo(1);
        assertThat(guanghe.get("waiting").asInt()).isEqualTo(1);
        assertThat(overview.get("totals").get("issuedToday").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode lanzhou = json(http().get("/api/overview?region=620100", MANAGER));
        assertThat(lanzhou.get("region").get("name").asText()).isEqualTo("兰州市");
        assertThat(ids(lanzhou.get("halls"), "hallId")).containsExactly(CHENGGUAN);
        assertThat(http().get("/api/overview?region=999999", MANAGER).status()).isEqualTo(400);
    }

    @Test
    void aScopedClerkSignsInOnlyAtWindowsOfTheirScope() {
        Reply clerk = http().post("/api/accounts/staff", PREFECTURE, """
                {"username":"lx-clerk","displayName":"窗口","roles":["CLERK"],"password":"clerk-pass-123",
                 "scope":{"halls":["lxcity"]}}""");
        assertThat(clerk.status()).as(clerk.body()).isEqualTo(201);
        String basic = Http.basic("lx-clerk", "clerk-pass-123");
        assertThat(http().post("/api/halls/" + GUANGHE + "/windows/1/sign-in", basic, "").status()).isEqualTo(403);
        assertThat(http().post("/api/halls/" + LINXIA_CITY + "/windows/1/sign-in", basic, "").status()).isEqualTo(200);
        assertThat(http().post("/api/halls/" + LINXIA_CITY + "/windows/1/sign-out", basic, "").status()).isEqualTo(200);
    }

    @Test
    void theAuditOfAScopedManagerHoldsTheirHallsAndWhatTheyDidThemselves() {
        Reply device = http().post("/api/accounts/devices", COUNTY, "{\"id\":\"kiosk-gh\",\"kind\":\"KIOSK\",\"hall\":\"guanghe\"}");
        assertThat(device.status()).as(device.body()).isEqualTo(201);
        Reply other = http().post("/api/accounts/devices", MANAGER, "{\"id\":\"kiosk-cg\",\"kind\":\"KIOSK\",\"hall\":\"chengguan\"}");
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http().get("/api/audit?action=device-register", MANAGER).body().contains("kiosk-cg")
                        && http().get("/api/audit?action=device-register", MANAGER).body().contains("kiosk-gh"));
        String seen = http().get("/api/audit?action=device-register", COUNTY).body();
        assertThat(seen).contains("kiosk-gh").doesNotContain("kiosk-cg");
        assertThat(ids(json(http().get("/api/accounts/devices", COUNTY)), "id")).containsExactly("kiosk-gh");
        assertThat(http().post("/api/accounts/devices/kiosk-cg/disable", COUNTY, "").status()).isEqualTo(403);
        assertThat(http().post("/api/accounts/devices/kiosk-cg/rotate-token", PREFECTURE, "").status()).isEqualTo(403);
    }
}
