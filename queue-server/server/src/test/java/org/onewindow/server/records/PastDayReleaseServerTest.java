package org.onewindow.server.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import redis.clients.jedis.resps.StreamEntry;

import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.AppointmentRequest;
import org.onewindow.protocol.rest.AppointmentView;
import org.onewindow.protocol.rest.DayStatistics;
import org.onewindow.protocol.rest.RatingView;
import org.onewindow.server.appointment.AppointmentService;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.Http;
import org.onewindow.server.testsupport.Http.Reply;
import org.onewindow.server.testsupport.TestIds;

/**
 * Past days leave Redis on a whole running server, real Redis and PostgreSQL, its clock moved day by
 * day: two days after a day, once the records hold all of it, and not before; a day the records lag
 * behind on stays until they catch up; the day's figures and ratings read the same afterwards.
 */
class PastDayReleaseServerTest extends SimulatedHallServer {

    /** Monday 2 November 2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final String MANAGER = Http.basic("manager", "demo-manager");

    @Autowired
    AppointmentService appointments;

    @Test
    void aPastDayLeavesRedisTwoDaysOnOnceTheRecordsHoldAllOfItAndReadsTheSame() {
        SimulatedDays days = days();
        days.at(MONDAY, "08:00");
        Http http = new Http(port);
        // Booked for Monday afternoon and never come for; and one for the Friday after.
        AppointmentView mondays = appointments.book(SimulatedDays.HALL, new AppointmentRequest("estate", null,
                MONDAY.toString(), "16:00", 30, TestIds.person("19800101", 1, "李明")));
        AppointmentView fridays = appointments.book(SimulatedDays.HALL, new AppointmentRequest("estate", null,
                "2026-11-06", "09:30", 30, TestIds.person("19800101", 2, "王芳")));

        SimulatedDays.Day monday = days.work(MONDAY, 9);
        assertThat(monday.rated()).isPositive();
        SimulatedDays.Day tuesday = days.work(LocalDate.of(2026, 11, 3), 6);
        DayStatistics mondayFigures = figures(http, MONDAY);
        assertThat(mondayFigures.total().issued()).isEqualTo(9);
        assertThat(mondayFigures.total().ratings().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(monday.rated());
        release.sweep();
        assertThat(keysOf(days, "20261102")).as("one day on, Monday is still live").isNotEmpty();

        days.work(LocalDate.of(2026, 11, 4), 3);
        release.sweep();
        assertThat(keysOf(days, "20261102")).as("two days on, Monday left Redis").isEmpty();
        assertThat(keysOf(days, "20261103")).as("Tuesday is one day old").isNotEmpty();
        assertThat(offeredForRating("20261102-")).as("Monday's services are no longer offered for rating").isEmpty();
        assertThat(keysOf(days, "2026-11-02")).as("nor Monday's appointment slots").isEmpty();
        assertThatThrownBy(() -> appointments.find(SimulatedDays.HALL, mondays.id())).isInstanceOf(NotFoundException.class);
        assertThat(appointments.find(SimulatedDays.HALL, fridays.id()).status()).isEqualTo("BOOKED");
        assertThat(offeredForRating("20261104-")).as("Wednesday's are").isNotEmpty();
        assertThat(oldestEntryAt()).as("the event log keeps Tuesday on, the records all of it")
                .isAfterOrEqualTo(LocalDate.of(2026, 11, 3).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(jdbc.sql("select count(*) from hall_event where at < ?")
                .params(java.sql.Timestamp.from(LocalDate.of(2026, 11, 3).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()))
                .query(Long.class).single()).isGreaterThan(9 * 3);
        assertThat(figures(http, MONDAY)).isEqualTo(mondayFigures);
        assertThat(ratingsOf(http, MONDAY)).hasSize(monday.rated());
        assertThat(jdbc.sql("select count(*) from ticket_record where day = ?").params(MONDAY).query(Long.class).single())
                .isEqualTo(9);

        // The records lag behind on one of Tuesday's tickets: Tuesday stays until they catch up.
        days.work(LocalDate.of(2026, 11, 5), 3);
        String lagging = tuesday.ticketIds().get(0);
        jdbc.sql("update ticket_record set calls = calls - 1 where ticket_id = ?").params(lagging).update();
        release.sweep();
        assertThat(keysOf(days, "20261103")).as("a ticket not yet recorded as it is").isNotEmpty();
        jdbc.sql("update ticket_record set calls = calls + 1 where ticket_id = ?").params(lagging).update();
        release.sweep();
        assertThat(keysOf(days, "20261103")).isEmpty();
        assertThat(cases.find(SimulatedDays.HALL, monday.caseNumbers().get(0)).status()).isEqualTo("DELIVERED");
    }

    /** Tickets of a day still offered to the people served for rating at the terminals. */
    private List<String> offeredForRating(String dayPrefix) {
        return days().hallKeys().stream()
                .filter(k -> k.contains(":ratings:person:"))
                .flatMap(k -> redis.hkeys(k).stream()).filter(t -> t.startsWith(dayPrefix)).toList();
    }

    private Instant oldestEntryAt() {
        StreamEntry oldest = redis.xrange(HallKeys.of(SimulatedDays.HALL).events(), "-", "+", 1).get(0);
        return Instant.ofEpochMilli(Long.parseLong(oldest.getFields().get("at")));
    }

    private static List<String> keysOf(SimulatedDays days, String day) {
        return days.hallKeys().stream().filter(k -> k.contains(day)).toList();
    }

    private DayStatistics figures(Http http, LocalDate day) {
        Reply reply = http.get("/api/halls/testhall/statistics?date=" + day, MANAGER);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return JsonCodec.fromJson(reply.body(), DayStatistics.class);
    }

    private RatingView[] ratingsOf(Http http, LocalDate day) {
        Reply reply = http.get("/api/halls/testhall/ratings?date=" + day, MANAGER);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return JsonCodec.fromJson(reply.body(), RatingView[].class);
    }
}
