package org.onewindow.server.notice;

import java.util.Map;

/**
 * A text message to one number.
 *
 * @param id        the same for every try of one notice (hall, ticket and kind), for the gateway to dedupe
 * @param mobile    the number, 11 digits
 * @param kind      NEAR (people ahead at most the area's notice point) or CALLED
 * @param text      the message as the simulated gateway keeps it (Chinese)
 * @param params    the template's parameters, for a provider that fills in its own approved template
 */
public record SmsMessage(String id, String mobile, String kind, String text, Map<String, String> params) {

    public SmsMessage {
        params = Map.copyOf(params);
    }

    @Override
    public String toString() {
        return "SmsMessage[" + id + " to " + MobileNumber.masked(mobile) + " " + kind + "]";
    }
}
