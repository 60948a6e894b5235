package org.onewindow.server.queue;

import java.time.Clock;
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
