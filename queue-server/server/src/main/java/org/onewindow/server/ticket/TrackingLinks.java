package org.onewindow.server.ticket;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public addresses of a ticket's phone page, {@code {base}/t/{hall}/{code}}, which its QR code
 * carries. The base is {@code onewindow.public-base-url} when set (the address phones reach the
 * server at, from the hall's Wi-Fi or the internet); otherwise the address the asking device used,
 * and outside a request (a live stream's later views) the address its phone opened it with, else
 * {@code http://127.0.0.1:{port}}.
 */
@Component
public class TrackingLinks {

    /** What tracking codes look like (RandomCodes, 10 of its characters); anything else is malformed. */
    private static final Pattern CODE = Pattern.compile("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{10}");

    private final String configuredBase;
    private volatile String fallbackBase;
    private final ThreadLocal<String> heldBase = new ThreadLocal<>();

    public TrackingLinks(@Value("${onewindow.public-base-url:}") String configuredBase,
                         @Value("${server.port:8080}") int port) {
        String base = configuredBase == null ? "" : configuredBase.strip();
        this.configuredBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.fallbackBase = "http://127.0.0.1:" + port;
    }

    /** The port the server really listens on (server.port may be 0: any free one). */
    @EventListener
    void on(WebServerInitializedEvent started) {
        fallbackBase = "http://127.0.0.1:" + started.getWebServer().getPort();
    }

    /**
     * The base links are made on now: the configured one, else the asking request's. A live
     * stream keeps the one its phone opened it with, and makes its later views {@link #on} it.
     */
    public String base() {
        if (!configuredBase.isEmpty()) {
            return configuredBase;
        }
        String held = heldBase.get();
        if (held != null) {
            return held;
        }
        return RequestContextHolder.getRequestAttributes() != null
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : fallbackBase;
    }

    /** Makes {@code work}'s links on {@code base}, outside the request that chose it. */
    public <T> T on(String base, Supplier<T> work) {
        String before = heldBase.get();
        heldBase.set(base);
        try {
            return work.get();
        } finally {
            if (before == null) {
                heldBase.remove();
            } else {
                heldBase.set(before);
            }
        }
    }

    /** Whether {@code code} has the shape of a tracking code (it may still name no ticket). */
    public static boolean wellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The phone page's path on this server, for redirects. */
    public static String pagePath(String hallId, String code) {
        return "/t/" + encode(hallId) + "/" + encode(code);
    }

    /** The full address of a ticket's phone page. */
    public String pageUrl(String hallId, String code) {
        return base() + pagePath(hallId, code);
    }

    /** The public address of a path of this server. */
    public String absolute(String path) {
        return base() + path;
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
