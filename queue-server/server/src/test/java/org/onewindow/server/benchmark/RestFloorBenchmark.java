package org.onewindow.server.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.server.testsupport.TestServer;

/**
 * The REST stack against its own floor: one whole server (embedded Redis, broker and PostgreSQL,
 * the demo hall linxia with its 14 areas), loaded from 127.0.0.1 by 1, 8 and 64 clients at once.
 * The floor is the cheapest answer the server gives, a small static file of the console, through
 * the same client, filters and connector as the others; each figure is read as a ratio to the floor
 * measured just before it at the same number of clients. Staff act with console session cookies and
 * the XSRF header, as the browser does: HTTP Basic would pay a bcrypt check on every request.
 * Run with {@code mvn -pl queue-server/server -am test -Pbenchmark -Dtest=RestFloorBenchmark}
 * ({@code -Dbench.scale=0.2} for a quick look; {@code -Dbench.jfr=DIR} records issue and /areas at
 * 64 clients and the calls at 8 with Flight Recorder into DIR/issue-64.jfr, areas-64.jfr, calls-8.jfr).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(KeyByKeyAreas.class)
class RestFloorBenchmark {

    private static final String HALL = "linxia";
    private static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1"));
    /** Windows 1-3 serve invest, 4-7 market, 8 police: those areas get most tickets, for the calls. */
    private static final String[] ISSUE_AREAS = {"invest", "market", "invest", "market", "police", "social", "fund",
            "general", "invest", "market", "police", "tax", "estate", "justice", "invest", "market", "transport",
            "pickup", "assist", "consult", "complaint"};
    private static final String KIOSK = "Bearer " + TestDevices.token("kiosk-1");
    private static final String BOARD = "Bearer " + TestDevices.token("board-main");

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> 0);
        registry.add("onewindow.halls.files", () -> "classpath:halls/linxia.yml");
        TestServer.onFreshRecords(registry);
        TestDevices.register(registry, HALL);
    }

    @Test
    void restAgainstTheFloor() throws Exception {
        RestLoad load = new RestLoad();
        // The JIT first: every kind of request, before anything is measured.
        for (int round = 0; round < 2; round++) {
            load.run("warm-up", 8, 0, requests(8), (c, i) -> get("/console/css/notice.css", null));
            load.run("warm-up", 8, 0, requests(8) / 4, (c, i) -> issue(c * 1_000_000 + i));
            load.run("warm-up", 8, 0, requests(8) / 8, (c, i) -> get("/api/halls/" + HALL + "/areas", BOARD));
            load.run("warm-up", 8, 0, requests(8) / 8, (c, i) -> get("/api/halls/" + HALL + "/board", BOARD));
            load.run("warm-up", 8, 0, requests(8) / 8, (c, i) -> get("/api/halls/" + HALL + "/areas-key-by-key", BOARD));
        }
        List<RestLoad.Step> steps = new ArrayList<>();
        for (int clients : new int[] {1, 8, 64}) {
            int n = requests(clients);
            steps.add(load.run("floor", clients, n / 5, n, (c, i) -> get("/console/css/notice.css", null)));
            try (Profile profile = Profile.startIf(clients == 64, "issue-64")) {
                steps.add(load.run("issue a ticket", clients, n / 5, n, (c, i) -> issue(c * 1_000_000 + i)));
            }
            try (Profile profile = Profile.startIf(clients == 64, "areas-64")) {
                steps.add(load.run("GET /areas", clients, n / 10, n / 2, (c, i) -> get("/api/halls/" + HALL + "/areas", BOARD)));
            }
            steps.add(load.run("GET /areas, key by key (before)", clients, n / 10, n / 2,
                    (c, i) -> get("/api/halls/" + HALL + "/areas-key-by-key", BOARD)));
            steps.add(load.run("GET /board", clients, n / 10, n / 2, (c, i) -> get("/api/halls/" + HALL + "/board", BOARD)));
        }
        List<ClerkSession> clerks = ClerkSession.signInAtWindows(port, HALL, 8);
        for (int clients : new int[] {1, 8}) {
            int n = requests(clients) / 2 * 2;
            steps.add(load.run("floor", clients, n / 5, n, (c, i) -> get("/console/css/notice.css", null)));
            try (Profile profile = Profile.startIf(clients == 8, "calls-8")) {
                steps.add(load.run("call next + finish", clients, 2 * (n / 20), n,
                        (c, i) -> clerks.get(c).nextCallOrFinish()));
            }
        }
        Report.print(steps);
        sameAnswerKeyByKey();
        for (RestLoad.Step s : steps) {
            assertThat(s.failures()).as(s.what() + " at " + s.clients() + ": " + s.firstFailure()).isZero();
            assertThat(s.perSecond()).as(s.what()).isPositive();
        }
    }

    /** The one script answers what the keys read one by one answer, on a hall of thousands of tickets. */
    @SuppressWarnings("unchecked")
    private void sameAnswerKeyByKey() {
        Http http = new Http(port);
        List<Map<String, Object>> script = JsonCodec.fromJson(http.get("/api/halls/" + HALL + "/areas", BOARD).body(), List.class);
        List<Map<String, Object>> keys = JsonCodec.fromJson(http.get("/api/halls/" + HALL + "/areas-key-by-key", BOARD).body(), List.class);
        assertThat(script).hasSize(14).hasSameSizeAs(keys);
        for (int i = 0; i < script.size(); i++) {
            Map<String, Object> a = new HashMap<>(script.get(i));
            Map<String, Object> b = new HashMap<>(keys.get(i));
            // Read a moment apart: the clock may have passed a second.
            assertThat(((Number) a.remove("oldestWaitSeconds")).longValue())
                    .isCloseTo(((Number) b.remove("oldestWaitSeconds")).longValue(), within(1L));
            a.remove("at");
            b.remove("at");
            assertThat(a).isEqualTo(b);
        }
        assertThat(script).anySatisfy(a -> assertThat(((Number) a.get("waiting")).intValue()).isGreaterThan(50));
    }

    private static int requests(int clients) {
        return (int) Math.max(100, SCALE * (clients == 1 ? 1500 : clients == 8 ? 3000 : 5000));
    }

    private HttpRequest get(String path, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        return (auth == null ? b : b.header("Authorization", auth)).build();
    }

    private HttpRequest issue(int n) {
        String body = String.format(Locale.ROOT, "{\"requestId\":\"bench-%s\",\"areaId\":\"%s\"}",
                UUID.randomUUID(), ISSUE_AREAS[n % ISSUE_AREAS.length]);
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/halls/" + HALL + "/tickets"))
                .header("Authorization", KIOSK).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
