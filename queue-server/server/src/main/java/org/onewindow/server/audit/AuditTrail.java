package org.onewindow.server.audit;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.onewindow.server.error.LogSafe;
import org.onewindow.server.redis.LuaScripts;

/**
 * The one way to write the audit trail. An entry is logged on the "audit" logger, the line
 * operators grep, and appended to a Redis stream, from which {@link AuditDrainer} writes it into
 * the records: a request never waits for the records database, and an entry kept in Redis is not
 * lost while that database is away. Every value is made {@link LogSafe}: text a client typed cannot
 * forge a line or a row. Callers never pass a password, a token or a clear ID number.
 */
@Component
public class AuditTrail {

    /** What a target or an origin keeps; a detail, composed by the server, may be longer. */
    private static final int MAX_FIELD = 64;
    private static final int MAX_DETAIL = 400;
    private static final Logger audit = LoggerFactory.getLogger("audit");
    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final LuaScripts scripts;

    public AuditTrail(LuaScripts scripts) {
        this.scripts = scripts;
    }

    /**
     * Records that {@code actor} did {@code action}. Empty strings (never null) for what does not
     * apply. Never throws: what was done is done, and its log line is written even when Redis
     * cannot take the entry.
     */
    public void record(String actor, String action, String hall, String target, String origin, String detail) {
        String a = safe(actor, MAX_FIELD);
        String what = safe(action, MAX_FIELD);
        String h = safe(hall, MAX_FIELD);
        String t = safe(target, MAX_FIELD);
        String o = safe(origin, MAX_FIELD);
        String d = safe(detail, MAX_DETAIL);
        audit.info("{} {}{}{}{}{}", a.isEmpty() ? "-" : a, what, h.isEmpty() ? "" : " hall=" + h, t.isEmpty() ? "" : " " + t,
                d.isEmpty() ? "" : " " + d, o.isEmpty() ? "" : " from " + o);
        try {
            scripts.run("audit_append", List.of(AuditStream.KEY), AuditStream.fields(Instant.now(), a, what, h, t, o, d));
        } catch (RuntimeException e) {
            log.warn("An audit entry is in the log only, Redis did not take it ({}): {} {} {}", e.toString(), a, what, t);
        }
    }

    /** The address of the client of the request being answered (behind a trusted proxy, the client's own); "" outside one. */
    public static String caller() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : "";
    }

    /** The origin of what a device asked over MQTT. */
    public static String device(String deviceId) {
        return "device:" + deviceId;
    }

    private static String safe(String value, int max) {
        return value == null || value.isEmpty() ? "" : LogSafe.of(value.strip(), max);
    }
}
