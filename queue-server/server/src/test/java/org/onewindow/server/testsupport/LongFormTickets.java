package org.onewindow.server.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.server.queue.StoredTicket;

/**
 * A ticket as releases before the compact record (ADR 0041) stored it: every one of the 26 fields
 * an issue wrote, by its full name, and the fields a finish or a phone ticket adds once they are
 * set. What a day in Redis holds at an upgrade, and what the memory benchmark weighs beside the
 * compact form.
 */
public final class LongFormTickets {

    private LongFormTickets() {
    }

    public static String of(StoredTicket t, String requestId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("number", t.number());
        m.put("area", t.area());
        m.put("item", t.item());
        m.put("status", t.status());
        m.put("priority", t.priority());
        m.put("greenReason", t.greenReason());
        m.put("arrival", t.arrival());
        m.put("issued", t.issued());
        m.put("score", t.score());
        m.put("person", t.person());
        m.put("name", t.name());
        m.put("window", t.window());
        m.put("targetWindow", t.targetWindow());
        m.put("calledAt", t.calledAt());
        m.put("lastCalledAt", t.lastCalledAt());
        m.put("calls", t.calls());
        m.put("recalls", t.recalls());
        m.put("transfers", t.transfers());
        m.put("fromArea", t.fromArea());
        m.put("requestId", requestId);
        m.put("tracking", t.tracking());
        m.put("appointment", t.appointment());
        m.put("finishedAt", t.finishedAt());
        m.put("noShowAt", t.noShowAt());
        m.put("lastCallId", t.lastCallId());
        putSet(m, "outcome", t.outcome());
        putSet(m, "outcomeNote", t.outcomeNote());
        putSet(m, "missingMaterials", t.missingMaterials());
        putSet(m, "finishedBy", t.finishedBy());
        if (t.remote()) {
            m.put("remote", true);
            m.put("checkedInAt", t.checkedInAt());
            m.put("lapsedAt", t.lapsedAt());
        }
        return JsonCodec.toJson(m);
    }

    private static void putSet(Map<String, Object> m, String name, Object value) {
        if (value != null) {
            m.put(name, value);
        }
    }
}
