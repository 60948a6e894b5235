package org.onewindow.server.statistics.range;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.hall.Hall;

/**
 * A period of a hall's business days, from and to both included, checked before any query runs.
 *
 * @param hall the hall, whose time zone turns its days into instants
 * @param from first day
 * @param to   last day
 * @param by   what the rows are
 */
public record RangeRequest(Hall hall, LocalDate from, LocalDate to, RangeGrouping by) {

    /** A year and a day: a whole year compared with the same day of the last one. */
    public static final int MAX_DAYS = 366;

    public static RangeRequest of(Hall hall, String from, String to, String by) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first.isAfter(last)) {
            throw new InvalidFieldException("from", "is after to (" + first + " > " + last + ")");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_DAYS) {
            throw new InvalidFieldException("to", "the range is " + days + " days; at most " + MAX_DAYS
                    + " days may be asked for at once");
        }
        return new RangeRequest(hall, first, last, RangeGrouping.parse(by));
    }

    /** Days in the range. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The instant the first day begins in the hall. */
    OffsetDateTime start() {
        return from.atStartOfDay(hall.timeZone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The instant the day after the last begins in the hall: the end, excluded. */
    OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay(hall.timeZone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required, a date such as 2026-11-01");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "is not a date such as 2026-11-01: " + value.strip());
        }
    }
}
