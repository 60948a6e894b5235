package org.onewindow.server.notice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's and the tests' gateway: keeps every message it takes (the last {@link #KEPT}, once per
 * id, as a provider dedupes a retried request) and logs it with the number masked.
 */
public final class SimulatedSmsGateway implements SmsGateway {

    static final int KEPT = 1_000;
    private static final Logger log = LoggerFactory.getLogger(SimulatedSmsGateway.class);

    private final Map<String, SmsMessage> sent = new LinkedHashMap<>();

    @Override
    public synchronized void send(SmsMessage message) {
        if (sent.putIfAbsent(message.id(), message) != null) {
            return;
        }
        if (sent.size() > KEPT) {
            sent.remove(sent.keySet().iterator().next());
        }
        log.info("SMS (simulated) {} to {}: {}", message.kind(), MobileNumber.masked(message.mobile()), message.text());
    }

    /** Every message taken, oldest first. */
    public synchronized List<SmsMessage> sent() {
        return new ArrayList<>(sent.values());
    }
}
