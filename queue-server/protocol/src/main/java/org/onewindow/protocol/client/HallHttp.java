package org.onewindow.protocol.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.json.MalformedPayloadException;
import org.onewindow.protocol.rest.ApiError;

/**
 * JSON over HTTP to one hall's REST API (`/api/halls/{hall}`), as one caller. An answer of 400 or
 * more, or no answer, is a {@link HallApiException} carrying the server's {@link ApiError}.
 */
public final class HallHttp {

    private final HttpClient http;
    private final String base;
    private final String authorization;
    private final Duration timeout;

    /** @param authorization the Authorization header's value, or null to call as nobody */
    public HallHttp(String baseUrl, String hallId, String authorization, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.base = baseUrl.replaceAll("/+$", "") + "/api/halls/" + hallId;
        this.authorization = authorization;
        this.timeout = timeout;
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** GETs the hall's path ("" for the hall itself) and reads the answer as the type. */
    public <T> T get(String path, Class<T> type) {
        return JsonCodec.fromJson(send("GET", path, null).body(), type);
    }

    /** Sends the body as JSON with the method and reads the answer as the type. */
    public <T> T send(String method, String path, Object body, Class<T> type) {
        return JsonCodec.fromJson(send(method, path, JsonCodec.toJson(body)).body(), type);
    }

    /** The answer as it came, for a caller that looks at its status (204 and the like). */
    public HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new HallApiException(0, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HallApiException(0, null, e);
        }
        if (response.statusCode() >= 400) {
            throw new HallApiException(response.statusCode(), errorOf(response.body()), null);
        }
        return response;
    }

    private static ApiError errorOf(String body) {
        try {
            return JsonCodec.fromJson(body, ApiError.class);
        } catch (MalformedPayloadException e) {
            return null;
        }
    }
}
