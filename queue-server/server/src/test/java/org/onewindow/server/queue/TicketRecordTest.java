package org.onewindow.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


import org.onewindow.protocol.json.JsonCodec;
import org.onewindow.protocol.rest.FinishRequest;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.LongFormTickets;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.testsupport.TestIds;

/** The compact ticket record (ADR 0041) through the real scripts, and the long form an earlier release left in Redis. */
class TicketRecordTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aServedTicketIsStoredCompactAndReadBackWhole(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            TicketView issued = core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), "biz",
                    null, TestIds.person("19800101", 7, "欧阳明远"), null, null), "kiosk-1").ticket();
            core.calling.signIn(hall.id(), "1", "clerk01");
            clock.advance(Duration.ofMinutes(4));
            core.calling.callNext(hall.id(), "1", "clerk01");
            clock.advance(Duration.ofSeconds(40));
            core.calling.recall(hall.id(), "1", "clerk01");
            clock.advance(Duration.ofMinutes(6));
            core.calling.finish(hall.id(), "1", "clerk01", new FinishRequest("MATERIALS_MISSING", List.of("户口簿"), "明天补"));

            String stored = stored(core, hall, issued.ticketId());
            StoredTicket t = TicketRecord.decode(stored);
            long issuedAt = Instant.parse("2026-11-24T02:00:00Z").toEpochMilli();
            assertThat(t.id()).isEqualTo(issued.ticketId());
            assertThat(t.number()).isEqualTo("A001");
            assertThat(t.status()).isEqualTo(StoredTicket.DONE);
            assertThat(t.priority()).isEqualTo("NORMAL");
            assertThat(t.issued()).isEqualTo(issuedAt);
            assertThat(t.arrival()).isEqualTo(issuedAt);
            assertThat(t.score()).isEqualTo(issuedAt);
            assertThat(t.calledAt()).isEqualTo(issuedAt + 240_000);
            assertThat(t.lastCalledAt()).isEqualTo(issuedAt + 280_000);
            assertThat(t.finishedAt()).isEqualTo(issuedAt + 640_000);
            assertThat(t.calls()).isEqualTo(1);
            assertThat(t.recalls()).isEqualTo(1);
            assertThat(t.person()).hasSize(64).matches("[0-9a-f]+");
            assertThat(t.name()).isEqualTo(issued.maskedName());
            assertThat(t.window()).isEqualTo("1");
            assertThat(t.lastCallId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(t.outcome()).isEqualTo("MATERIALS_MISSING");
            assertThat(t.missingMaterials()).containsExactly("户口簿");
            assertThat(t.outcomeNote()).isEqualTo("明天补");
            assertThat(t.finishedBy()).isEqualTo("clerk01");
            assertThat(t.tracking()).isEqualTo(issued.trackingCode());
            assertThat(core.tickets.findByTracking(hall.id(), issued.trackingCode()).ticketId()).isEqualTo(issued.ticketId());

            assertThat(JsonCodec.fromJson(stored, Map.class)).as("defaults left out, the request id kept by its index only")
                    .doesNotContainKeys("number", "status", "requestId", "targetWindow", "transfers", "noShowAt");
            assertThat(stored.length()).as("compact beside the long form: " + stored)
                    .isLessThan(LongFormTickets.of(t, "req").length() / 2);
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aTicketLeftInTheLongFormByAnEarlierReleaseIsReplayedCalledAndFinished(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            String requestId = UUID.randomUUID().toString();
            TicketView issued = core.tickets.issue(hall.id(), new IssueTicketRequest(requestId, "biz", null,
                    TestIds.person("19800101", 8, "李明"), null, null), "kiosk-1").ticket();
            StoredTicket compact = core.reader.ticket(hall.id(), issued.ticketId()).orElseThrow();
            String longForm = LongFormTickets.of(compact, requestId);
            // What the day's hash held before the upgrade: the same ticket, by its full names.
            core.pool.hset(HallKeys.of(hall.id()).tickets(compact.day()), issued.ticketId(), longForm);
            
            assertThat(core.reader.ticket(hall.id(), issued.ticketId()).orElseThrow()).usingRecursiveComparison()
                    .ignoringFields("requestId").isEqualTo(compact);

            assertThat(core.tickets.issue(hall.id(), new IssueTicketRequest(requestId, "biz", null,
                    TestIds.person("19800101", 8, "李明"), null, null), "kiosk-1").ticket().number())
                    .as("a retried issue still answers with the long-form ticket").isEqualTo("A001");
            assertThat(core.tickets.findByTracking(hall.id(), issued.trackingCode()).number()).isEqualTo("A001");
            core.calling.signIn(hall.id(), "2", "clerk02");
            clock.advance(Duration.ofMinutes(3));
            assertThat(core.calling.callNext(hall.id(), "2", "clerk02")).map(TicketView::number).hasValue("A001");
            assertThat(stored(core, hall, issued.ticketId())).as("written back compact").startsWith("{").doesNotContain("\"requestId\"");
            clock.advance(Duration.ofMinutes(5));
            core.calling.finish(hall.id(), "2", "clerk02");

            StoredTicket done = core.reader.ticket(hall.id(), issued.ticketId()).orElseThrow();
            assertThat(done.status()).isEqualTo(StoredTicket.DONE);
            assertThat(done.calledAt()).isEqualTo(compact.issued() + 180_000);
            assertThat(done.finishedAt()).isEqualTo(compact.issued() + 480_000);
            assertThat(done.person()).isEqualTo(compact.person());
            assertThat(done.tracking()).isEqualTo(compact.tracking());
            assertThat(done.finishedBy()).isEqualTo("clerk02");
            assertThat(core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), "biz", null,
                    TestIds.person("19800101", 8, "李明"), null, null), "kiosk-1").created())
                    .as("the finished ticket no longer holds the person's place: a new one is issued").isTrue();
        }
    }

    private static String stored(QueueCore core, Hall hall, String ticketId) {
        return core.pool.hget(HallKeys.of(hall.id()).tickets(StoredTicket.dayOf(ticketId)), ticketId);
        
    }
}
