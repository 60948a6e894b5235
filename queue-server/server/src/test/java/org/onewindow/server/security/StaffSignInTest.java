package org.onewindow.server.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.ApiError;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestServer;

/**
 * Staff sign-in as a guesser meets it: over the console's {@code POST /api/session} and over HTTP
 * Basic, from this machine (127.0.0.1) and from a second one (127.0.0.2). Each test uses its own
 * account, and all of them together stay under the per-address limit of 127.0.0.1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class StaffSignInTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Reply signIn(String username, String password) {
        String body = "{\"username\":" + JsonCodec.toJson(username) + ",\"password\":" + JsonCodec.toJson(password) + "}";
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/session"))
                            .header("Content-Type", "application/json")
                            .header("Cookie", "XSRF-TOKEN=t").header("X-XSRF-TOKEN", "t")
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply board(String username, String password) {
        return http.get("/api/halls/testhall/board", Http.basic(username, password));
    }

    private static ApiError error(Reply reply) {
        return JsonCodec.fromJson(reply.body(), ApiError.class);
    }

    private static void assertPaused(Reply reply) {
        assertThat(reply.status()).isEqualTo(429);
        assertThat(error(reply).code()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(Long.parseLong(reply.header("Retry-After"))).isBetween(1L, 300L);
    }

    @Test
    void wrongBasicPasswordsArePausedLikeTheConsolesWith429AndRetryAfter() {
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            statuses.add(board("clerk05", "guess-" + i).status());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 25)).containsOnly(429);
        assertPaused(board("clerk05", "demo-clerk"));
    }

    @Test
    void everySpellingOfAnAccountCountsAgainstOneThrottleSharedWithBasic() {
        for (String spelling : new String[] {"clerk07", "CLERK07", "cLErK07", "Clerk07", " clerK07 "}) {
            assertThat(signIn(spelling, "wrong").status()).isEqualTo(401);
        }
        assertPaused(signIn("CLERK07", "demo-clerk"));
        assertPaused(board("clerk07", "demo-clerk"));
    }

    @Test
    void aGuesserOnAnotherMachineDoesNotLockTheClerkOutOfTheirOwn() {
        FromAnotherAddress attacker = new FromAnotherAddress("127.0.0.2", port);
        String guess = "{\"username\":\"clerk06\",\"password\":\"guess\"}";
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.post("/api/session", guess)).isEqualTo(401);
        }
        assertThat(attacker.post("/api/session", guess)).as("the guesser is paused").isEqualTo(429);

        assertThat(signIn("clerk06", "demo-clerk").status()).as("the clerk at their own window PC").isEqualTo(200);
        assertThat(attacker.post("/api/session", guess)).as("and the guesser still is").isEqualTo(429);
    }

    @Test
    void aUserNameLongerThan64CharactersIsRefusedWith400AndNotLogged(CapturedOutput output) {
        String huge = "clerk08" + "x".repeat(1 << 20);
        Reply reply = signIn(huge, "wrong");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(error(reply).field()).isEqualTo("username");
        assertThat(reply.body().length()).isLessThan(300);
        assertThat(board("clerk08" + "x".repeat(100), "wrong").status()).isEqualTo(400);
        assertThat(output.getAll()).doesNotContain("x".repeat(100));
        assertThat(signIn("clerk08", "demo-clerk").status()).as("no failure was counted").isEqualTo(200);
    }

    @Test
    void aUserNameWithLineBreaksCannotForgeAnAuditLine(CapturedOutput output) {
        String forged = "clerk04\n2026-11-25T09:00:00+08:00 INFO audit: manager sign-in";
        assertThat(signIn(forged, "wrong").status()).isEqualTo(401);
        assertThat(board("clerk04\r\nforged", "wrong").status()).isEqualTo(401);
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("2026-11-25T09:00:00+08:00"))
                .noneMatch(line -> line.startsWith("forged"))
                .anyMatch(line -> line.contains("clerk04\\n2026-11-25T09:00") && line.contains("sign-in-refused"));
    }
}
