package org.onewindow.server.queue;

import java.util.List;
import java.util.Map;

import org.onewindow.protocol.json.JsonCodec;

/**
 * Reads a ticket as the scripts store it (ADR 0041): the Java side of
 * {@code redis/parts/ticket_record.lua}, which documents the compact form. Short names, fields at
 * their default left out, times after the issue as offsets, the person key and the last call id
 * in base64url; the request id is not kept (the requests hash has it), so it reads as empty. A
 * ticket still in the long form of earlier releases, a day in Redis at an upgrade, is read as it is.
 */
public final class TicketRecord {

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final Map<String, String> STATUSES = Map.of("W", StoredTicket.WAITING, "C", StoredTicket.CALLED,
            "D", StoredTicket.DONE, "N", StoredTicket.NO_SHOW, "A", StoredTicket.AWAITING_ARRIVAL, "L", StoredTicket.LAPSED);
    private static final Map<String, String> PRIORITIES = Map.of("N", "NORMAL", "G", "GREEN", "P", "APPOINTMENT");

    private TicketRecord() {
    }

    /** The ticket a stored text holds, in either form. */
    public static StoredTicket decode(String json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> c = JsonCodec.fromJson(json, Map.class);
        if (!c.containsKey("i")) {
            return JsonCodec.fromJson(json, StoredTicket.class);
        }
        String id = text(c, "i", "");
        long issued = number(c, "t", 0);
        long calledAt = time(c, "ca", issued);
        String status = text(c, "s", "W");
        String priority = text(c, "p", "N");
        return new StoredTicket(id, text(c, "nu", id.length() > 9 ? id.substring(9) : ""), text(c, "a", ""),
                text(c, "m", ""), STATUSES.getOrDefault(status, status), PRIORITIES.getOrDefault(priority, priority),
                text(c, "g", ""), number(c, "r", issued), issued, issued + number(c, "o", 0),
                c.containsKey("h") ? hex(text(c, "h", ""), 64) : text(c, "ph", ""), text(c, "n", ""),
                text(c, "w", ""), text(c, "tw", ""), calledAt, c.containsKey("la") ? time(c, "la", issued) : calledAt,
                (int) number(c, "k", 0), (int) number(c, "rc", 0), (int) number(c, "x", 0), text(c, "fr", ""), "",
                text(c, "c", ""), text(c, "ap", ""), time(c, "f", issued), time(c, "ns", issued), callId(c),
                text(c, "oc", null), text(c, "on", null), materials(c), text(c, "fb", null),
                Boolean.TRUE.equals(c.get("rm")) || Integer.valueOf(1).equals(c.get("rm")),
                time(c, "ci", issued), time(c, "lp", issued));
    }

    private static String callId(Map<String, Object> c) {
        if (!c.containsKey("lc")) {
            return text(c, "lx", "");
        }
        String hex = hex(text(c, "lc", ""), 32);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }

    /** Two base64url characters to three hex digits, as the script wrote them; the padding cut off. */
    private static String hex(String text, int digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < text.length(); i += 2) {
            out.append(String.format("%03x", B64.indexOf(text.charAt(i)) * 64 + B64.indexOf(text.charAt(i + 1))));
        }
        return out.substring(0, Math.min(digits, out.length()));
    }

    private static List<String> materials(Map<String, Object> c) {
        return c.get("mm") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : null;
    }

    private static String text(Map<String, Object> c, String name, String absent) {
        Object value = c.get(name);
        return value == null ? absent : value.toString();
    }

    private static long number(Map<String, Object> c, String name, long absent) {
        return c.get(name) instanceof Number n ? n.longValue() : absent;
    }

    /** A time kept as an offset after the issue; 0 (not reached) when left out. */
    private static long time(Map<String, Object> c, String name, long issued) {
        return c.get(name) instanceof Number n ? issued + n.longValue() : 0;
    }
}
