package org.onewindow.server.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onewindow.server.testsupport.Http;

/**
 * A clerk signed in on the console at one window, sending what the browser sends: the session
 * cookie, and the XSRF token as cookie and header. Alternates call-next and finish, so the
 * window always serves at most one ticket whatever the load did before.
 */
final class ClerkSession {

    private final String base;
    private final String cookies;
    private final String xsrf;
    private boolean serving;

    private ClerkSession(String base, String cookies, String xsrf) {
        this.base = base;
        this.cookies = cookies;
        this.xsrf = xsrf;
    }

    /** clerk01 at window 1, clerk02 at window 2, and so on (the demo accounts, password demo-clerk). */
    static List<ClerkSession> signInAtWindows(int port, String hall, int count) {
        List<ClerkSession> clerks = new ArrayList<>();
        for (int w = 1; w <= count; w++) {
            clerks.add(signInAt(port, hall, w));
        }
        return clerks;
    }

    /** The clerk of window {@code w} (clerk01 at window 1…), signed in on the console and at the window. */
    static ClerkSession signInAt(int port, String hall, int w) {
        Http.Reply reply = new Http(port).signIn(String.format(Locale.ROOT, "clerk%02d", w), "demo-clerk");
        if (reply.status() != 200) {
            throw new IllegalStateException("sign-in of clerk " + w + ": " + reply.status() + " " + reply.body());
        }
        String session = cookie(reply, "OW_SESSION");
        String xsrf = cookie(reply, "XSRF-TOKEN");
        ClerkSession clerk = new ClerkSession("http://127.0.0.1:" + port + "/api/halls/" + hall + "/windows/" + w + "/",
                "OW_SESSION=" + session + "; XSRF-TOKEN=" + xsrf, xsrf);
        HttpRequest signIn = clerk.post("sign-in");
        try {
            int status = java.net.http.HttpClient.newHttpClient()
                    .send(signIn, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new IllegalStateException("window sign-in of clerk " + w + ": " + status);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return clerk;
    }

    /**
     * The manager signed in on the console, acting on the hall ({@code post("tidal/windows/28/open", json)}).
     * A session, not HTTP Basic: sign-in counts each Basic try as wrong until its bcrypt check is done
     * (ADR 0020), so more than five at once for one account are refused with 429.
     */
    static ClerkSession manager(int port, String hall) {
        Http.Reply reply = new Http(port).signIn("manager", "demo-manager");
        if (reply.status() != 200) {
            throw new IllegalStateException("sign-in of the manager: " + reply.status() + " " + reply.body());
        }
        String xsrf = cookie(reply, "XSRF-TOKEN");
        return new ClerkSession("http://127.0.0.1:" + port + "/api/halls/" + hall + "/",
                "OW_SESSION=" + cookie(reply, "OW_SESSION") + "; XSRF-TOKEN=" + xsrf, xsrf);
    }

    /** Call-next while the window is free, finish while it serves: one client drives one window. */
    HttpRequest nextCallOrFinish() {
        serving = !serving;
        return post(serving ? "call-next" : "finish");
    }

    HttpRequest post(String action) {
        return HttpRequest.newBuilder(URI.create(base + action)).header("Cookie", cookies)
                .header("X-XSRF-TOKEN", xsrf).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    HttpRequest post(String action, String json) {
        return HttpRequest.newBuilder(URI.create(base + action)).header("Cookie", cookies).header("X-XSRF-TOKEN", xsrf)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8)).build();
    }

    private static String cookie(Http.Reply reply, String name) {
        return reply.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .filter(v -> !v.isEmpty())
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no " + name + " cookie in " + reply.headers().map()));
    }
}
