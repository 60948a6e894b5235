package org.onewindow.server.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The business day in the hall's time zone, as {@code yyyyMMdd}. Numbering restarts each day, so
 * the day must follow the hall's clock and not the server's: a server in UTC serving a hall in
 * Asia/Shanghai changes day at 16:00 UTC.
 */
public final class BusinessDay {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * How long a day's keys stay in Redis at most. A past day leaves Redis explicitly, once the
     * records hold all of it (records.PastDayRelease, two days after it by default); this expiry
     * is only the backstop for a day nothing released, such as one whose records could not be
     * written for weeks. It is long so that such an outage has a month to be mended before
     * anything goes (docs/adr/0036).
     */
    public static final Duration KEYS_KEPT = Duration.ofDays(35);

    private BusinessDay() {
    }

    public static String today(Clock clock, ZoneId hallZone) {
        return format(LocalDate.now(clock.withZone(hallZone)));
    }

    public static String format(LocalDate day) {
        return day.format(FORMAT);
    }

    public static LocalDate parse(String day) {
        return LocalDate.parse(day, FORMAT);
    }
}
