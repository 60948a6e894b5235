package org.onewindow.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class BusinessDayTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static String dayAt(String utc, ZoneId zone) {
        return BusinessDay.today(Clock.fixed(Instant.parse(utc), ZoneOffset.UTC), zone);
    }

    @Test
    void theDayFollowsTheHallsTimeZoneNotTheServers() {
        assertThat(dayAt("2026-11-24T15:59:59Z", SHANGHAI)).isEqualTo("20261124");
        assertThat(dayAt("2026-11-24T16:00:00Z", SHANGHAI)).isEqualTo("20261125");
        assertThat(dayAt("2026-11-24T16:00:00Z", ZoneOffset.UTC)).isEqualTo("20261124");
    }

    @Test
    void theDayOfATicketComesFromItsId() {
        assertThat(StoredTicket.dayOf("20261124-A001")).isEqualTo("20261124");
        assertThat(StoredTicket.dayOf("A001")).isEmpty();
        assertThat(StoredTicket.dayOf("2026112X-A001")).isEmpty();
        assertThat(StoredTicket.dayOf(null)).isEmpty();
    }
}
