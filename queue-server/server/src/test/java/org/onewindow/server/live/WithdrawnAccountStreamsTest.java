package org.onewindow.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.TestServer;

/**
 * A console's live stream is one long request, which the session filter saw only when it began:
 * when the manager disables the account, its open streams end at once and it cannot open another,
 * while everyone else's stay open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WithdrawnAccountStreamsTest {

    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final String LIVE = "/api/halls/testhall/live";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    @Test
    void aDisabledClerksOpenStreamEndsAndNoNewOneOpens() {
        Http http = new Http(port);
        assertThat(http.post("/api/accounts/staff", MANAGER, "{\"username\":\"clerk-live\",\"displayName\":\"直播\","
                + "\"roles\":[\"CLERK\"],\"password\":\"clerk-live-password\"}").status()).isEqualTo(201);
        ConsoleTab clerk = ConsoleTab.signedIn(port, "clerk-live", "clerk-live-password");
        ConsoleTab manager = ConsoleTab.signedIn(port, "manager", "demo-manager");
        Stream clerkStream = clerk.openLive();
        Stream managerStream = manager.openLive();
        await().atMost(Duration.ofSeconds(10)).until(() -> clerkStream.said("hello") && managerStream.said("hello"));

        assertThat(http.post("/api/accounts/staff/clerk-live/disable", MANAGER, "").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(clerkStream.ended::isDone);
        assertThat(managerStream.ended).as("the manager's stream").isNotDone();
        assertThat(clerk.live().statusCode()).isEqualTo(401);
    }

    /** A stream as it is read: its lines, and whether the server has ended it. */
    private record Stream(List<String> lines, CompletableFuture<Void> ended) {

        boolean said(String event) {
            return lines.contains("event:" + event);
        }
    }

    /** A browser tab signed in to the console: a cookie jar holding its session. */
    private static final class ConsoleTab {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String base;

        private ConsoleTab(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        static ConsoleTab signedIn(int port, String username, String password) {
            ConsoleTab tab = new ConsoleTab(port);
            tab.send(HttpRequest.newBuilder(URI.create(tab.base + "/api/session")).GET(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<Void> signedIn = tab.send(HttpRequest.newBuilder(URI.create(tab.base + "/api/session"))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", tab.xsrfToken())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(signedIn.statusCode()).isEqualTo(200);
            return tab;
        }

        HttpResponse<InputStream> live() {
            return send(HttpRequest.newBuilder(URI.create(base + LIVE)).header("Accept", "text/event-stream").GET(),
                    HttpResponse.BodyHandlers.ofInputStream());
        }

        Stream openLive() {
            HttpResponse<InputStream> response = live();
            assertThat(response.statusCode()).isEqualTo(200);
            List<String> lines = new CopyOnWriteArrayList<>();
            return new Stream(lines, CompletableFuture.runAsync(() -> read(response.body(), lines)));
        }

        private String xsrfToken() {
            return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
        }

        private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
            try {
                return client.send(request.build(), body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static void read(InputStream body, List<String> lines) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
