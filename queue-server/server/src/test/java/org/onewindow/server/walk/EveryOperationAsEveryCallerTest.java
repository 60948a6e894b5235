package org.onewindow.server.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.TestDevices;
import org.onewindow.server.testsupport.TestDevices.Device;

/**
 * Reads the server's own OpenAPI description and calls every operation in it as nobody, as each
 * kind of device, as a clerk at another window, as the clerk at the path's window and as the
 * manager; each answer must be allowed (not 401/403) or refused (401/403) as {@link WhoMay} says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryOperationAsEveryCallerTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    /** A browser console's double-submit pair: with it a change is judged on who asks, not refused for CSRF. */
    private static final String XSRF = "walk-" + UUID.randomUUID();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onewindow.data-dir", dataDir::toString);
        registry.add("onewindow.redis.port", () -> 0);
        registry.add("onewindow.mqtt.embedded-port", () -> 0);
        registry.add("onewindow.halls.files", () -> "classpath:halls/test-hall.yml");
        TestDevices.register(registry, "testhall", Device.atWindow(Caller.WINDOW_SCREEN_ID, "WINDOW_SCREEN", "1"),
                Device.atWindow(Caller.EVALUATOR_ID, "EVALUATOR", "1"));
    }

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> values = new TreeMap<>();

    @Test
    void everyOperationAnswersEveryCallerAsTheDocsSay() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(send("GET", "/v3/api-docs", null, null).body).path("paths");
        List<String> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method ->
                operations.add(method.toUpperCase() + " " + path.getKey())));
        assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(40);
        assertThat(WhoMay.OPERATIONS.keySet()).as("every operation of the server is in the table, and only those")
                .containsExactlyInAnyOrderElementsOf(operations);

        realValues();
        List<String> mismatches = new ArrayList<>();
        for (String operation : operations) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            JsonNode spec = paths.path(template).path(method.toLowerCase());
            String body = spec.has("requestBody") ? bodyOf(operation) : null;
            for (Caller caller : Caller.values()) {
                if (template.contains("/windows/{no}") && (caller == Caller.CLERK_AT_WINDOW || caller == Caller.CLERK_ELSEWHERE)) {
                    clerksAtTheirWindows();
                }
                int status = send(method, filled(template), caller.authorization, body).status;
                boolean allowed = status != 401 && status != 403;
                boolean may = WhoMay.OPERATIONS.get(operation).contains(caller);
                if (allowed != may) {
                    mismatches.add(operation + " as " + caller + ": " + status + (may ? ", but it may" : ", but it may not"));
                }
            }
        }
        assertThat(mismatches).as("answers that differ from docs/api.md").isEmpty();
    }

    /** A ticket waiting, one served with a case opened for it: ids that exist, so an answer is about who asks. */
    private void realValues() {
        TicketView served = issue();
        TicketView waiting = issue();
        Http http = new Http(port);
        http.post("/api/halls/testhall/windows/1/sign-in", Caller.CLERK_AT_WINDOW.authorization, "");
        http.post("/api/halls/testhall/windows/1/call-next", Caller.CLERK_AT_WINDOW.authorization, "");
        http.post("/api/halls/testhall/windows/1/finish", Caller.CLERK_AT_WINDOW.authorization, "{\"outcome\":\"ACCEPTED\"}");
        JsonNode cases = json(http.get("/api/halls/testhall/cases", Caller.MANAGER.authorization).body());
        assertThat(cases.isArray() && cases.size() == 1).as("the served ticket's case, in %s", cases).isTrue();
        values.put("hall", "testhall");
        values.put("area", "biz");
        values.put("ticketId", waiting.ticketId());
        values.put("code", waiting.trackingCode());
        values.put("case", cases.get(0).path("caseNo").asText());
        values.put("followUp", served.ticketId());
        // No such account: a manager's call is answered 404 and changes nobody.
        values.put("username", "nobody-here");
    }

    private TicketView issue() {
        Http.Reply reply = new Http(port).post("/api/halls/testhall/tickets", Caller.KIOSK.authorization,
                "{\"requestId\":\"" + UUID.randomUUID() + "\",\"areaId\":\"biz\"}");
        assertThat(reply.status()).isEqualTo(201);
        return JsonCodec.fromJson(reply.body(), TicketView.class);
    }

    /** clerk01 at window 1 and clerk02 at window 2, whatever the calls before did to them. */
    private void clerksAtTheirWindows() {
        for (String window : new String[] {"1", "2"}) {
            send("POST", "/api/halls/testhall/windows/" + window + "/sign-out", Caller.MANAGER.authorization, "");
        }
        send("POST", "/api/halls/testhall/windows/1/sign-in", Caller.CLERK_AT_WINDOW.authorization, "");
        send("POST", "/api/halls/testhall/windows/2/sign-in", Caller.CLERK_ELSEWHERE.authorization, "");
    }

    private String filled(String template) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(valueOf(template, m.group(1))));
        }
        return m.appendTail(path).toString();
    }

    private String valueOf(String template, String variable) {
        return switch (variable) {
            case "no" -> template.contains("/tidal/") ? "20" : template.contains("/cases/") ? values.get("case") : "1";
            case "id" -> template.contains("/follow-ups/") ? values.get("followUp")
                    : template.contains("/parked/") ? "records:0-0" : "0";
            default -> {
                String value = values.get(variable);
                assertThat(value).as("a real value for {%s} of %s", variable, template).isNotNull();
                yield value;
            }
        };
    }

    /** The smallest body: staff credentials for the console's sign-in (else every caller would be 401), else {}. */
    private static String bodyOf(String operation) {
        return operation.equals("POST /api/session") ? "{\"username\":\"clerk03\",\"password\":\"demo-clerk\"}" : "{}";
    }

    private record Answer(int status, String body) {
    }

    /** Only the status of a live stream is read: it would not end by itself. */
    private Answer send(String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Cookie", "XSRF-TOKEN=" + XSRF).header("X-XSRF-TOKEN", XSRF)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                boolean stream = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
                return new Answer(response.statusCode(), stream ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
