package org.onewindow.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.server.testsupport.TestServer;

/**
 * The console's XSRF token as a browser holds it: in a cookie jar that every answer may update,
 * read by the page's script just before a change is sent. A page reloads its lists whenever the
 * hall changes, so its clicks always race answers to its own reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleXsrfTokenTest {

    private static final String NOTICE = "/api/halls/testhall/notice";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    @Test
    void theTokenAPageReadBeforeItsOwnReadsWereAnsweredStillCarriesItsClick() {
        ConsolePage page = signedIn("manager", "demo-manager");
        String tokenReadByTheClick = page.xsrfToken();

        // The reloads that an event on the hall set off are answered while the click is on its way.
        assertThat(page.get("/api/session").statusCode()).isEqualTo(200);
        assertThat(page.get("/api/halls/testhall/windows").statusCode()).isEqualTo(200);
        HttpResponse<String> click = page.send("PUT", NOTICE, "{\"text\":\"午间照常办理\"}", tokenReadByTheClick);

        assertThat(click.statusCode()).as(click.body()).isEqualTo(200);
        assertThat(page.xsrfToken()).isEqualTo(tokenReadByTheClick);
    }

    @Test
    void signingInGivesTheBrowserANewToken() {
        ConsolePage page = new ConsolePage(port);
        page.get("/api/session");
        String before = page.xsrfToken();

        page.signIn("manager", "demo-manager");

        assertThat(page.xsrfToken()).isNotEmpty().isNotEqualTo(before);
    }

    @Test
    void aBrowserThatLostItsTokenButKeptItsSessionIsGivenOneByItsFirstRead() {
        ConsolePage page = signedIn("manager", "demo-manager");
        page.forgetXsrfToken();
        HttpResponse<String> refused = page.send("PUT", NOTICE, "{\"text\":\"x\"}", "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JsonCodec.fromJson(refused.body(), ApiError.class).code()).isEqualTo("CSRF");
        page.forgetXsrfToken();

        assertThat(page.get("/api/session").statusCode()).isEqualTo(200);
        HttpResponse<String> again = page.send("PUT", NOTICE, "{\"text\":\"x\"}", page.xsrfToken());

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    }

    @Test
    void aChangeWithoutTheTokenIsStillRefused() {
        ConsolePage page = signedIn("manager", "demo-manager");

        HttpResponse<String> forged = page.send("PUT", NOTICE, "{\"text\":\"x\"}", "");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(JsonCodec.fromJson(forged.body(), ApiError.class).code()).isEqualTo("CSRF");
    }

    @Test
    void signingOutTakesTheTokenAway() {
        ConsolePage page = signedIn("manager", "demo-manager");

        assertThat(page.send("DELETE", "/api/session", null, page.xsrfToken()).statusCode()).isEqualTo(204);

        assertThat(page.xsrfToken()).isEmpty();
    }

    private ConsolePage signedIn(String username, String password) {
        ConsolePage page = new ConsolePage(port);
        page.get("/api/session");
        page.signIn(username, password);
        return page;
    }

    /** A browser tab: one cookie jar, requests as the console's api.js sends them. */
    private static final class ConsolePage {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client;
        private final String base;

        ConsolePage(int port) {
            this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
            this.base = "http://127.0.0.1:" + port;
        }

        String xsrfToken() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElse("");
        }

        void forgetXsrfToken() {
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).toList()
                    .forEach(c -> cookies.getCookieStore().remove(null, c));
        }

        void signIn(String username, String password) {
            HttpResponse<String> signedIn = send("POST", "/api/session",
                    "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", xsrfToken());
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
        }

        HttpResponse<String> send(String method, String path, String json, String xsrfToken) {
            HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, body)
                    .header("Accept", "application/json").header("X-XSRF-TOKEN", xsrfToken);
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return send(request);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
