package org.onewindow.server.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.onewindow.server.error.InvalidFieldException;

/**
 * What a manager asks of the trail: the days {@code from} to {@code to} (both included, in the
 * halls' time zone; either may be left open), an exact actor, action and hall, and how many
 * entries at most (default {@value #DEFAULT_LIMIT}, at most {@value #MAX_LIMIT}).
 *
 * @param until  the start of the day after {@code to}, or null
 * @param within for a manager scoped to some halls, those halls and their own name; null for one of every hall
 */
record AuditQuery(Instant from, Instant until, String actor, String action, String hall, int limit, Within within) {

    /**
     * What a scoped manager reads: the entries of the halls in their scope, and what they did
     * themselves (their changes to accounts name no hall). Other halls' entries and hall-less ones
     * of others (sign-ins refused, other managers' account changes) stay with managers of every hall.
     */
    record Within(List<String> halls, String self) {
    }

    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 1_000;

    static AuditQuery of(String from, String to, String actor, String action, String hall, String limit, ZoneId zone) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new InvalidFieldException("from", "is after to (" + first + " > " + last + ")");
        }
        return new AuditQuery(first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant(),
                given(actor), given(action), given(hall), limit(limit), null);
    }

    AuditQuery within(List<String> halls, String self) {
        return new AuditQuery(from, until, actor, action, hall, limit, new Within(List.copyOf(halls), self));
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "is not a date such as 2026-11-01: " + value.strip());
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Answered below, as a number out of range is.
        }
        throw new InvalidFieldException("limit", "must be a number from 1 to " + MAX_LIMIT);
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
