package org.onewindow.server.device;

/**
 * A part's fault as kept in Redis while it lasts: from the report that turned the part FAULT until
 * one that says it is not any more. Its words are those of that first report.
 *
 * @param id        fresh for every fault, so acknowledging one never silences the next
 * @param since     epoch milliseconds
 */
record StoredFault(String id, String deviceId, String kind, String part, String code, String detail, long since) {

    static String field(String deviceId, String part) {
        return deviceId + "|" + part;
    }
}
