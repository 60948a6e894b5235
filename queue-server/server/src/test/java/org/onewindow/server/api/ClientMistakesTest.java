package org.onewindow.server.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A client's mistakes are answered with the status that names them, in the API's error body, and
 * cost the log one short line at most: never a 500, never a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ClientMistakesTest {

    private static final String MANAGER = Http.basic("manager", "demo-manager");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServer.properties(registry, dataDir);
    }

    @LocalServerPort
    int port;

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", MANAGER);
    }

    private static ApiError error(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        ApiError error = JsonCodec.fromJson(reply.body(), ApiError.class);
        assertThat(error.status()).isEqualTo(status);
        return error;
    }

    private static void assertNoStackTrace(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain(" ERROR ");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith415(CapturedOutput output) {
        String body = "{\"text\":\"x\"}";
        Reply plain = send(to("/api/halls/testhall/notice").header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        Reply none = send(to("/api/halls/testhall/notice").PUT(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(error(plain, 415).code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(plain.header("Accept")).contains("application/json");
        assertThat(error(none, 415).code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertNoStackTrace(output);
    }

    @Test
    void aGetOnAPathThatOnlyTakesPostIsRefusedWith405NamingTheMethodItTakes(CapturedOutput output) {
        Reply reply = send(to("/api/halls/testhall/windows/1/call-next").GET());

        assertThat(error(reply, 405).code()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(reply.header("Allow")).isEqualTo("POST");
        assertNoStackTrace(output);
    }

    @Test
    void theErrorPathItselfIsNotFound(CapturedOutput output) {
        assertThat(error(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/error")).GET()), 404)
                .code()).isEqualTo("NOT_FOUND");
        assertThat(error(send(to("/error").POST(HttpRequest.BodyPublishers.noBody())), 404).code()).isEqualTo("NOT_FOUND");
        assertNoStackTrace(output);
    }

    @Test
    void aPathTheFirewallRejectsIsAnsweredInTheApisErrorBody(CapturedOutput output) {
        assertThat(error(send(to("/api/halls/test%0Ahall/board").GET()), 400).code()).isEqualTo("BAD_REQUEST");
        assertNoStackTrace(output);
    }

    @Test
    void anUnknownValueIsEchoedAtMost64CharactersLong(CapturedOutput output) {
        String longName = "h".repeat(5_000);
        ApiError notFound = error(send(to("/api/halls/" + longName + "/board").GET()), 404);

        assertThat(notFound.message()).contains("h".repeat(64) + "…").doesNotContain("h".repeat(65));
        assertThat(output.getAll()).doesNotContain("h".repeat(65));
    }
}
