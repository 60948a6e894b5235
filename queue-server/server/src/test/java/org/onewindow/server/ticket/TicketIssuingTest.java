package org.onewindow.server.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.NotFoundException;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.PriorityRules;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.testsupport.TestIds;

/** Issuing tickets against a real Redis: numbering, idempotency, identity and priority. */
class TicketIssuingTest {

    // 10:00 in Asia/Shanghai on a Tuesday.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));

    private static IssueTicketRequest walkIn(String area) {
        return new IssueTicketRequest(UUID.randomUUID().toString(), area, null, null, null, null);
    }

    private static IssueTicketRequest withIdentity(String area, Identity identity) {
        return new IssueTicketRequest(UUID.randomUUID().toString(), area, null, identity, null, null);
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void numbersArePrefixedZeroPaddedAndCountPerArea(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            assertThat(core.tickets.issue(hall.id(), walkIn("biz"), "kiosk-1").ticket().number()).isEqualTo("A001");
            assertThat(core.tickets.issue(hall.id(), walkIn("biz"), "kiosk-1").ticket().number()).isEqualTo("A002");
            TicketView estate = core.tickets.issue(hall.id(), walkIn("estate"), "kiosk-1").ticket();
            assertThat(estate.number()).isEqualTo("B001");
            assertThat(estate.ticketId()).isEqualTo("20261124-B001");
            assertThat(estate.status()).isEqualTo("WAITING");
            assertThat(estate.windowNos()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void numberingRestartsAtMidnightInTheHallsTimeZone(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            clock.set(Instant.parse("2026-11-24T15:59:59Z")); // 23:59:59 in Shanghai
            core.tickets.issue(hall.id(), walkIn("biz"), "kiosk-1");
            TicketView late = core.tickets.issue(hall.id(), walkIn("biz"), "kiosk-1").ticket();
            clock.set(Instant.parse("2026-11-24T16:00:00Z")); // midnight in Shanghai, still the 24th in UTC
            TicketView next = core.tickets.issue(hall.id(), walkIn("biz"), "kiosk-1").ticket();
            assertThat(late.ticketId()).isEqualTo("20261124-A002");
            assertThat(next.ticketId()).isEqualTo("20261125-A001");
            assertThat(core.tickets.waiting(hall.id(), "biz")).extracting(TicketView::number).containsExactly("A001");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void pastNineHundredNinetyNineTheNumberGrowsAndNeverRepeats(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            String last = "";
            for (int i = 0; i < 1001; i++) {
                last = core.tickets.issue(hall.id(), walkIn("social"), "kiosk-1").ticket().number();
            }
            assertThat(last).isEqualTo("C1001");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aRetryWithTheSameRequestIdReturnsTheSameTicket(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            IssueTicketRequest request = walkIn("biz");
            IssueResult first = core.tickets.issue(hall.id(), request, "kiosk-1");
            IssueResult retry = core.tickets.issue(hall.id(), request, "kiosk-1");
            assertThat(first.created()).isTrue();
            assertThat(retry.created()).isFalse();
            assertThat(retry.ticket().ticketId()).isEqualTo(first.ticket().ticketId());
            assertThat(core.tickets.waiting(hall.id(), "biz")).hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void secondSwipeForTheSameAreaShowsTheExistingTicket(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            Identity zhang = TestIds.person("19900307", 123, "张三");
            TicketView first = core.tickets.issue(hall.id(), withIdentity("biz", zhang), "kiosk-1").ticket();
            IssueResult second = core.tickets.issue(hall.id(), withIdentity("biz", zhang), "kiosk-2");
            IssueResult otherArea = core.tickets.issue(hall.id(), withIdentity("estate", zhang), "kiosk-2");
            assertThat(second.created()).isFalse();
            assertThat(second.ticket().number()).isEqualTo(first.number());
            assertThat(second.ticket().existing()).isTrue();
            assertThat(otherArea.created()).isTrue();
            assertThat(first.maskedName()).isEqualTo("张*");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void theIdNumberAndFullNameAreNeverStored(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            Identity li = TestIds.person("19900307", 124, "李四光");
            core.tickets.issue(hall.id(), withIdentity("biz", li), "kiosk-1");
            String everything = String.join("\n", core.pool.keys("ow:{" + hall.id() + "}:*").stream()
                    .filter(k -> core.pool.type(k).equals("hash"))
                    .map(k -> core.pool.hgetAll(k).toString()).toList());
            assertThat(everything).contains("李**").doesNotContain(li.idNumber()).doesNotContain("李四光");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void elderlyByIdCardGetTheGreenChannelAndGoFirst(String redis) {
        Hall hall = TestHalls.small();
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            core.tickets.issue(hall.id(), walkIn("biz"), "kiosk-1");
            clock.advance(Duration.ofMinutes(1));
            TicketView elder = core.tickets.issue(hall.id(), withIdentity("biz", TestIds.person("19491231", 2, "王五")),
                    "kiosk-1").ticket();
            assertThat(elder.priority()).isEqualTo("GREEN");
            assertThat(elder.peopleAhead()).isZero();
            assertThat(core.tickets.waiting(hall.id(), "biz")).extracting(TicketView::number)
                    .containsExactly("A002", "A001");
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void badInputIsRefusedAndChangesNothing(String redis) {
        Hall hall = TestHalls.small(1);
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            core.tickets.issue(hall.id(), walkIn("biz"), "kiosk-1");
            long version = core.reader.version(hall.id());
            String valid = TestIds.resident("19900307", 5);
            Identity forged = new Identity(valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0'), "x");
            assertThatThrownBy(() -> core.tickets.issue(hall.id(), withIdentity("estate", forged), "k"))
                    .isInstanceOf(InvalidFieldException.class).hasMessageContaining("identity.idNumber");
            assertThatThrownBy(() -> core.tickets.issue(hall.id(), walkIn("nowhere"), "k"))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("area");
            assertThatThrownBy(() -> core.tickets.issue(hall.id(),
                    new IssueTicketRequest(null, "biz", null, null, null, null), "k"))
                    .isInstanceOf(InvalidFieldException.class).hasMessageContaining("requestId");
            assertThatThrownBy(() -> core.tickets.issue(hall.id(),
                    new IssueTicketRequest("r-1", "estate", "QY001", null, null, null), "k"))
                    .isInstanceOf(InvalidFieldException.class).hasMessageContaining("itemCode");
            assertThatThrownBy(() -> core.tickets.issue(hall.id(), walkIn("biz"), "k"))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("1 tickets");
            assertThat(core.reader.version(hall.id())).isEqualTo(version);
            assertThat(core.tickets.waiting(hall.id(), "estate")).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aReasonChosenOnScreenWaitsForStaffWhenTheHallSaysSo(String redis) {
        Hall plain = TestHalls.small();
        Hall hall = new Hall(plain.id() + "c", plain.name(), plain.nameEn(), plain.timeZone(), plain.openingHours(),
                plain.areas(), plain.windows(), plain.items(), new PriorityRules(65, 15, 10, 30, 10, true), plain.tidal(),
                plain.appointments(), plain.lockers());
        try (QueueCore core = QueueCore.on(redis, clock, hall, plain)) {
            IssueTicketRequest disabled = new IssueTicketRequest(UUID.randomUUID().toString(), "biz", null, null,
                    "DISABILITY", null);

            TicketView pending = core.tickets.issue(hall.id(), disabled, "kiosk-1").ticket();
            TicketView immediate = core.tickets.issue(plain.id(), disabled, "kiosk-1").ticket();

            assertThat(pending.priority()).isEqualTo("NORMAL");
            assertThat(pending.greenChannel()).isEqualTo("PENDING");
            assertThat(immediate.priority()).isEqualTo("GREEN");
            assertThat(immediate.greenChannel()).isEqualTo("DISABILITY");
            TicketView confirmed = core.tickets.raiseToGreenChannel(hall.id(), pending.ticketId(), "guide01");
            assertThat(confirmed.priority()).isEqualTo("GREEN");
            assertThat(confirmed.greenChannel()).isEqualTo("DISABILITY");
        }
    }
}
