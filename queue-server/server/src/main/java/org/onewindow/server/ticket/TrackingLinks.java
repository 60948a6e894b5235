package org.onewindow.server.ticket;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public addresses of a ticket's phone page, {@code {base}/t/{hall}/{code}}, which its QR code
 * carries. The base is {@code onewindow.public-base-url} when set (the address phones reach the
 * server at, from the hall's Wi-Fi or the internet); otherwise the address the asking device used,
 * and outside a request {@code http://127.0.0.1:{port}}.
 */
@Component
public class TrackingLinks {

    /** What tracking codes look like (RandomCodes, 10 of its characters); anything else is malformed. */
    private static final Pattern CODE = Pattern.compile("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{10}");

    private final String configuredBase;
    private final String fallbackBase;

    public TrackingLinks(@Value("${onewindow.public-base-url:}") String configuredBase,
                         @Value("${server.port:8080}") int port) {
        String base = configuredBase == null ? "" : configuredBase.strip();
        this.configuredBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.fallbackBase = "http://127.0.0.1:" + port;
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

    private String base() {
        if (!configuredBase.isEmpty()) {
            return configuredBase;
        }
        return RequestContextHolder.getRequestAttributes() != null
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : fallbackBase;
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8);
    }
}
