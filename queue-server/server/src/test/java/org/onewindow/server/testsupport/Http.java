package org.onewindow.server.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.onewindow.protocol.json.JsonCodec;

/** A small HTTP client for tests that talk to a running server as curl would. */
public final class Http {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A response: status, body and headers. */
    public record Reply(int status, String body, HttpHeaders headers) {

        /** The header's value, or empty when the response has none. */
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public Reply get(String path, String auth) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), auth);
    }

    public Reply post(String path, String auth, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)), auth);
    }

    /** Signs in as a console does ({@code POST /api/session}, with the XSRF token the page would send). */
    public Reply signIn(String username, String password) {
        String body = "{\"username\":" + JsonCodec.toJson(username) + ",\"password\":" + JsonCodec.toJson(password) + "}";
        return send(HttpRequest.newBuilder(URI.create(base + "/api/session")).header("Content-Type", "application/json")
                .header("Cookie", "XSRF-TOKEN=t").header("X-XSRF-TOKEN", "t")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), null);
    }

    public Reply put(String path, String auth, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), auth);
    }

    public Reply delete(String path, String auth) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), auth);
    }

    private Reply send(HttpRequest.Builder request, String auth) {
        if (auth != null) {
            request.header("Authorization", auth);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
