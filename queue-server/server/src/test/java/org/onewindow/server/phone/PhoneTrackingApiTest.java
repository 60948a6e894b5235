package org.onewindow.server.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.queue.QueueReader;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.TestIds;
import org.onewindow.server.testsupport.TestServer;

/**
 * The tracking address as API clients and phones use it: JSON or the page on the same address,
 * forged and malformed codes, the rating link after the service, the ticket's bounded live stream.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneTrackingApiTest {

    private static final String KIOSK = Http.bearer("demo-kiosk-token");
    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final String HALL = "/api/halls/testhall";
    /** What Chromium asks for when it opens an address. */
    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    @Autowired
    QueueReader reader;

    private static final AtomicInteger people = new AtomicInteger();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TicketView issue(String area, String item) {
        Http.Reply reply = new Http(port).post(HALL + "/tickets", KIOSK, "{\"requestId\":\"" + UUID.randomUUID()
                + "\",\"areaId\":\"" + area + "\"" + (item == null ? "" : ",\"itemCode\":\"" + item + "\"")
                + ",\"identity\":{\"idNumber\":\"" + TestIds.resident("19900815", people.incrementAndGet())
                + "\",\"name\":\"王秀英\"}}");
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return JsonCodec.fromJson(reply.body(), TicketView.class);
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theSameAddressGivesJsonToApiClientsAndThePageToABrowser() throws Exception {
        TicketView ticket = issue("estate", null);
        String address = HALL + "/track/" + ticket.trackingCode();

        assertThat(ticket.trackingUrl()).isEqualTo("http://127.0.0.1:" + port + "/t/testhall/" + ticket.trackingCode());
        for (String accept : new String[] {null, "*/*", "application/json", "application/json, text/html;q=0.5"}) {
            HttpResponse<String> json = get(address, accept);
            assertThat(json.statusCode()).as("Accept %s", accept).isEqualTo(200);
            assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            TicketView tracked = JsonCodec.fromJson(json.body(), TicketView.class);
            assertThat(tracked.number()).isEqualTo(ticket.number());
            assertThat(tracked.maskedName()).isEmpty();
            assertThat(json.body()).doesNotContain("王", "19900815");
            assertThat(tracked.ratingUrl()).isNull();
        }

        HttpResponse<String> browser = get(address, BROWSER_ACCEPT);
        assertThat(browser.statusCode()).isEqualTo(303);
        assertThat(browser.headers().firstValue("Location")).contains("/t/testhall/" + ticket.trackingCode());
        HttpResponse<String> page = get("/t/testhall/" + ticket.trackingCode(), BROWSER_ACCEPT);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html").contains("UTF-8");
        assertThat(page.headers().allValues("Content-Security-Policy")).singleElement()
                .satisfies(p -> assertThat(p).contains("script-src 'self'", "frame-ancestors 'none'"));
        assertThat(page.body()).contains("/phone/phone.js").doesNotContain(ticket.number(), "王");
    }

    @Test
    void aForgedCodeGetsAFriendlyPageOrA404AndAMalformedOneA400AndNothingChanges() throws Exception {
        issue("estate", null);
        long before = reader.version("testhall");

        String forged = "ABCDEFGHJK";
        HttpResponse<String> page = get("/t/testhall/" + forged, BROWSER_ACCEPT);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("找不到这张号票", "Ticket not found").doesNotContain("phone.js");
        assertThat(get("/t/nohall/" + forged, BROWSER_ACCEPT).statusCode()).isEqualTo(404);
        HttpResponse<String> json = get(HALL + "/track/" + forged, "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(JsonCodec.fromJson(json.body(), ApiError.class).code()).isEqualTo("NOT_FOUND");
        assertThat(get(HALL + "/track/" + forged + "/live", "text/event-stream").statusCode()).isEqualTo(404);
        assertThat(get(HALL + "/track/" + forged + "/item", "application/json").statusCode()).isEqualTo(404);

        for (String malformed : new String[] {"abc", "ABCDEFGHJK1", "ABCDEFGHI0", "%3Cscript%3E"}) {
            assertThat(get("/t/testhall/" + malformed, BROWSER_ACCEPT).statusCode()).as(malformed).isEqualTo(400);
            HttpResponse<String> bad = get(HALL + "/track/" + malformed, "application/json");
            assertThat(bad.statusCode()).as(malformed).isEqualTo(400);
            assertThat(JsonCodec.fromJson(bad.body(), ApiError.class).field()).isEqualTo("code");
        }
        assertThat(reader.version("testhall")).as("the hall's version").isEqualTo(before);
    }

    @Test
    void theItemsMaterialsAreReadWithTheCode() throws Exception {
        TicketView ticket = issue("biz", "QY001");

        HttpResponse<String> item = get(HALL + "/track/" + ticket.trackingCode() + "/item", "application/json");

        assertThat(item.statusCode()).isEqualTo(200);
        assertThat(item.body()).contains("企业设立登记", "公司章程");
        assertThat(get(HALL + "/track/" + issue("estate", null).trackingCode() + "/item", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theRatingLinkAppearsOnceTheServiceFinishedAndRatesItOnce() throws Exception {
        Http http = new Http(port);
        http.post(HALL + "/windows/9/sign-in", MANAGER, "");
        TicketView ticket = issue("social", null);
        String address = HALL + "/track/" + ticket.trackingCode();
        assertThat(http.post(HALL + "/windows/9/call-next", MANAGER, "").status()).isEqualTo(200);
        assertThat(JsonCodec.fromJson(get(address, null).body(), TicketView.class).ratingUrl()).isNull();

        assertThat(http.post(HALL + "/windows/9/finish", MANAGER, "{\"outcome\":\"SERVED\"}").status()).isEqualTo(200);
        TicketView done = JsonCodec.fromJson(get(address, null).body(), TicketView.class);

        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.ratingUrl()).startsWith("http://127.0.0.1:" + port + "/rate.html?t=");
        String token = done.ratingUrl().substring(done.ratingUrl().indexOf("t=") + 2);
        String rating = "{\"token\":\"" + token + "\",\"level\":\"SATISFIED\",\"reasons\":[],\"comment\":\"\"}";
        assertThat(http.post("/api/ratings", null, rating).status()).isEqualTo(200);
        Http.Reply again = http.post("/api/ratings", null, rating);
        assertThat(again.status()).isEqualTo(409);
        assertThat(JsonCodec.fromJson(again.body(), ApiError.class).code()).isEqualTo("ALREADY_RATED");
    }

    @Test
    void aTicketsStreamSendsItsViewAsItChangesAndEndsWithTheTicket() throws Exception {
        Http http = new Http(port);
        TicketView first = issue("social", null);
        TicketView mine = issue("social", null);
        http.post(HALL + "/windows/9/sign-in", MANAGER, "");
        List<String> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> read(stream(mine.trackingCode()), events));

        await().atMost(Duration.ofSeconds(10)).until(() -> events.stream().anyMatch(e -> e.contains("\"peopleAhead\":1")));
        assertThat(http.post(HALL + "/windows/9/call-next", MANAGER, "").body()).contains(first.number());
        await().atMost(Duration.ofSeconds(10)).until(() -> events.stream().anyMatch(e -> e.contains("\"peopleAhead\":0")));
        http.post(HALL + "/windows/9/finish", MANAGER, "{\"outcome\":\"SERVED\"}");
        http.post(HALL + "/windows/9/call-next", MANAGER, "");
        await().atMost(Duration.ofSeconds(10)).until(() -> events.stream().anyMatch(e -> e.contains("\"status\":\"CALLED\"")));
        assertThat(ended).isNotDone();
        http.post(HALL + "/windows/9/finish", MANAGER, "{\"outcome\":\"SERVED\"}");

        ended.get(10, TimeUnit.SECONDS);
        assertThat(events.get(events.size() - 1)).contains("\"status\":\"DONE\"",
                "\"ratingUrl\":\"http://127.0.0.1:" + port + "/rate.html?t=");
        assertThat(String.join("\n", events)).doesNotContain("maskedName\":\"王");
    }

    @Test
    void aCodeHasAFewStreamsAtMost() throws Exception {
        TicketView ticket = issue("estate", null);
        List<InputStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < TicketStreams.PER_CODE; i++) {
                HttpResponse<InputStream> stream = stream(ticket.trackingCode());
                assertThat(stream.statusCode()).isEqualTo(200);
                open.add(stream.body());
            }
            HttpResponse<String> refused = get(HALL + "/track/" + ticket.trackingCode() + "/live", "text/event-stream");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            // Another ticket's phone is not refused.
            HttpResponse<InputStream> other = stream(issue("estate", null).trackingCode());
            assertThat(other.statusCode()).isEqualTo(200);
            open.add(other.body());
        } finally {
            for (InputStream in : open) {
                in.close();
            }
        }
    }

    /** docs/phone.md's budget: what a slow phone downloads before it shows anything. */
    static final int PAGE_BUDGET_BYTES = 40 * 1024;
    private static final Pattern TAG_REFERENCE = Pattern.compile("<(?:script|link)\\b[^>]*\\b(?:src|href)=\"([^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("\\bfrom\\s+'([^']+)'|\\bimport\\s+'([^']+)'");

    @Test
    void thePageAndEverythingItLoadsStayWithinTheBudget() throws Exception {
        String page = get("/t/testhall/" + issue("estate", null).trackingCode(), BROWSER_ACCEPT).body();
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("/t/testhall/{code}", page.getBytes(StandardCharsets.UTF_8).length);
        Deque<String> toLoad = new ArrayDeque<>();
        TAG_REFERENCE.matcher(page).results().map(m -> m.group(1)).forEach(toLoad::add);
        assertThat(toLoad).as("the page's style sheet and script").hasSize(2);
        while (!toLoad.isEmpty()) {
            String path = toLoad.pop();
            assertThat(path).as("loaded from this server, by path").startsWith("/").doesNotStartWith("//");
            if (weights.containsKey(path)) {
                continue;
            }
            HttpResponse<byte[]> asset = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(asset.statusCode()).as(path).isEqualTo(200);
            weights.put(path, asset.body().length);
            String text = new String(asset.body(), StandardCharsets.UTF_8);
            assertThat(text).as("%s loads no font or image", path).doesNotContain("@font-face", "url(", "<img", "new Image");
            if (path.endsWith(".js")) {
                String dir = path.substring(0, path.lastIndexOf('/') + 1);
                IMPORT.matcher(text).results().map(m -> m.group(1) != null ? m.group(1) : m.group(2))
                        .map(p -> URI.create(dir).resolve(p).getPath()).forEach(toLoad::add);
            }
        }
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();

        assertThat(weights.keySet()).as("what the page loads").contains("/phone/phone.js", "/phone/words.js",
                "/phone/follow.js", "/phone/alert.js", "/phone/phone.css");
        assertThat(total).as("bytes of the page and all it loads, uncompressed: %s", weights).isLessThanOrEqualTo(PAGE_BUDGET_BYTES);
    }

    private HttpResponse<InputStream> stream(String code) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + HALL + "/track/" + code + "/live"))
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Collects each event's data until the server ends the stream. */
    private static void read(HttpResponse<InputStream> response, List<String> events) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("data:")) {
                    events.add(line.substring(5));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
