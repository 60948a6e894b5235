package org.onewindow.server.faults.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client of the hall as kiosks and consoles are behind a load balancer: a console sticks to one
 * instance, a kiosk's or phone's requests are spread over all of them. A request is sent again
 * unchanged (same request id) after a 503 (waiting its Retry-After) or when its connection fails,
 * then on another instance. Every other answer is final.
 */
final class Client {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Balancer balancer;
    private final String auth;
    private final Ledger ledger;
    private final boolean sticky;
    private int port;

    private Client(Balancer balancer, String auth, Ledger ledger, boolean sticky) {
        this.balancer = balancer;
        this.auth = auth;
        this.ledger = ledger;
        this.sticky = sticky;
        this.port = balancer.pick();
    }

    /** A console: stays on its instance until that one fails. */
    static Client sticky(Balancer balancer, String auth, Ledger ledger) {
        return new Client(balancer, auth, ledger, true);
    }

    /** A kiosk or a phone: each new request goes to the next instance, an instance that joined too. */
    static Client spread(Balancer balancer, String auth, Ledger ledger) {
        return new Client(balancer, auth, ledger, false);
    }

    Answer post(String path, String json) {
        return send("POST", path, json);
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    private Answer send(String method, String path, String json) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        boolean ambiguous = false;
        if (!sticky) {
            port = balancer.pick();
        }
        while (System.nanoTime() < deadline) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10));
            if (auth != null) {
                request.header("Authorization", auth);
            }
            if ("POST".equals(method)) {
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8));
            }
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 503) {
                    return new Answer(response.statusCode(), response.body(), ambiguous, port);
                }
                // A 503 may still have made the change: the script ran, and Redis went away before
                // its answer (docs/api.md).
                ambiguous = ambiguous || !"GET".equals(method);
                ledger.unavailable();
                pause(retryAfterMillis(response));
            } catch (IOException e) {
                // The instance died or is stopping: the request may or may not have been carried out.
                ambiguous = ambiguous || !"GET".equals(method);
                ledger.connectionFailed();
                port = balancer.after(port);
                pause(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(0, "interrupted", ambiguous, port);
            }
        }
        return new Answer(0, "no answer within " + PATIENCE.toSeconds() + " s", ambiguous, port);
    }

    private static long retryAfterMillis(HttpResponse<String> response) {
        // Retry-After is in whole seconds; a kiosk waits for it, a little less when it says 1.
        long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
        return Math.min(2000, Math.max(200, seconds * 1000 - 500));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis); // a client's pacing between tries, as a kiosk's
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
