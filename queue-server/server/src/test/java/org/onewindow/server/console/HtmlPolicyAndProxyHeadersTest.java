package org.onewindow.server.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.protocol.rest.CaseView;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestServer;

/**
 * The headers a browser is given: a Content-Security-Policy on every HTML answer, and, behind a
 * TLS proxy on this machine, cookies only ever sent over HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HtmlPolicyAndProxyHeadersTest {

    private static final String KIOSK = Http.bearer("demo-kiosk-token");
    private static final String MANAGER = Http.basic("manager", "demo-manager");
    private static final String HALL = "/api/halls/testhall";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    private CaseView aCaseWithANotice() {
        Http http = new Http(port);
        http.post(HALL + "/windows/2/sign-in", MANAGER, "");
        http.post(HALL + "/tickets", KIOSK, "{\"requestId\":\"" + UUID.randomUUID() + "\",\"areaId\":\"biz\",\"itemCode\":\"QY001\"}");
        assertThat(http.post(HALL + "/windows/2/call-next", MANAGER, "").status()).isEqualTo(200);
        Reply finished = http.post(HALL + "/windows/2/finish", MANAGER,
                "{\"outcome\":\"ACCEPTED_WITH_MISSING\",\"missingMaterials\":[\"<script>alert(1)</script>\"],\"note\":\"\"}");
        assertThat(finished.status()).as(finished.body()).isEqualTo(200);
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(
                JsonCodec.fromJson(http.get(HALL + "/cases", MANAGER).body(), CaseView[].class)).findFirst().orElse(null),
                c -> c != null);
    }

    @Test
    void theCaseNoticeCarriesAStrictPolicyAndItsStyleSheetIsServed() {
        Http http = new Http(port);
        CaseView c = aCaseWithANotice();

        Reply notice = http.get(HALL + "/cases/" + c.caseNo() + "/notice", MANAGER);

        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.header("Content-Type")).startsWith("text/html");
        assertThat(notice.header("Content-Security-Policy")).contains("default-src 'none'", "style-src 'self'",
                "frame-ancestors 'none'").doesNotContain("script-src", "unsafe-inline");
        assertThat(notice.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(notice.body()).doesNotContain("<style", "<script>").contains("/console/css/notice.css");
        assertThat(http.get("/console/css/notice.css", null).status()).isEqualTo(200);
    }

    @Test
    void aCasesPickupPlaceHasALengthLimit() {
        CaseView c = aCaseWithANotice();

        Reply moved = new Http(port).post(HALL + "/cases/" + c.caseNo() + "/status", MANAGER,
                "{\"status\":\"READY\",\"pickupMethod\":\"MAIL\",\"pickupPlace\":\"" + "9".repeat(100_000) + "\",\"note\":\"\"}");

        assertThat(moved.status()).isEqualTo(400);
        assertThat(JsonCodec.fromJson(moved.body(), ApiError.class).field()).isEqualTo("pickupPlace");
    }

    @Test
    void theConsolePagesKeepTheirOwnSinglePolicy() {
        Reply page = new Http(port).get("/console/index.html", null);

        assertThat(page.headers().allValues("Content-Security-Policy")).singleElement()
                .satisfies(p -> assertThat(p).contains("script-src 'self'"));
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxyOnThisMachineSaysTheBrowserSpokeHttps() throws Exception {
        HttpResponse<String> direct = signIn(null);
        HttpResponse<String> proxied = signIn("https");

        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(direct)).doesNotContainIgnoringCase("Secure");
        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(sessionCookie(proxied)).containsIgnoringCase("; Secure").contains("HttpOnly");
    }

    private HttpResponse<String> signIn(String forwardedProto) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"clerk01\",\"password\":\"demo-clerk\"}",
                        StandardCharsets.UTF_8));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        // The sign-in needs the XSRF token a console page would have got first.
        HttpResponse<String> first = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        String xsrf = first.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("XSRF-TOKEN="))
                .map(v -> v.substring("XSRF-TOKEN=".length(), v.indexOf(';'))).findFirst().orElse("");
        if (first.statusCode() != 403 || xsrf.isEmpty()) {
            return first;
        }
        request.header("Cookie", "XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("OW_SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }
}
