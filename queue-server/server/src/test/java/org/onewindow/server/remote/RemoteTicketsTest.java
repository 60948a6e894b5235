package org.onewindow.server.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.rest.TicketView;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.error.InvalidFieldException;
import org.onewindow.server.error.RefusedException;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventLog;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.hall.Area;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.queue.StoredTicket;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.ticket.IdentitySettings;
import org.onewindow.server.ticket.PersonKeys;
import org.onewindow.server.ticket.TicketViews;
import org.onewindow.server.ticket.TrackingLinks;

/**
 * Remote tickets on a real Redis with the hall's clock in hand: taking, the limits, the queue that
 * never calls a ticket before its check-in, the place kept or not, lapsing, and the entrance code.
 */
class RemoteTicketsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Thursday 3 December 2026, 09:00 in the hall (open 08:30-17:30, remote tickets lapse at 16:00). */
    private final MutableClock clock = new MutableClock(ZonedDateTime.of(2026, 12, 3, 9, 0, 0, 0, SHANGHAI).toInstant());
    private final Hall hall = withRemoteTickets(TestHalls.small());
    private final PersonKeys keys = new PersonKeys(new IdentitySettings("test-secret", "", "", ""), "unused");
    private final EntranceTokens entrance = new EntranceTokens(keys, clock);
    private int requests;

    /** Social (window 9) offers 5 remote tickets a day, estate 1; 3 a day per address. */
    private static Hall withRemoteTickets(Hall h) {
        List<Area> areas = h.areas().stream().map(a -> new Area(a.id(), a.name(), a.nameEn(), a.prefix(), a.leadDepartment(),
                a.departments(), a.defaultServiceMinutes(), a.dailyTicketLimit(), a.noticeAhead(),
                a.id().equals("social") ? 5 : a.id().equals("estate") ? 1 : 0)).toList();
        return new Hall(h.id(), h.name(), h.nameEn(), h.timeZone(), h.openingHours(), areas, h.windows(), h.items(),
                h.priority(), h.tidal(), h.appointments(), h.lockers(), false, null, 60, 3);
    }

    private RemoteTicketService remote(QueueCore core) {
        HallDirectory halls = new HallDirectory(List.of(hall));
        TrackingLinks links = new TrackingLinks("", 8080);
        TicketViews views = new TicketViews(halls, core.reader, core.state, links);
        return new RemoteTicketService(halls, core.scripts, core.reader, views, core.state, keys, entrance, links, clock);
    }

    private RemoteTicketView take(RemoteTicketService remote, String area, String client, String address) {
        return remote.take(hall.id(), new RemoteTakeRequest("r" + (++requests), area, client), address).view();
    }

    private static String client() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private TicketView walkIn(QueueCore core, String area) {
        return core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), area, null, null, null,
                null), "kiosk-1").ticket();
    }

    private List<HallEvent> events(QueueCore core, HallEventType type) {
        return new HallEventLog(core.pool).readAfter(hall.id(), "0-0", 1000).stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aTicketTakenByPhoneHasANumberButIsNeverCalledBeforeItsCheckIn() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            RemoteTicketService remote = remote(core);
            RemoteTicketView taken = take(remote, "social", client(), "10.0.0.1");
            assertThat(taken.ticket().number()).isEqualTo("C001");
            assertThat(taken.ticket().status()).isEqualTo(StoredTicket.AWAITING_ARRIVAL);
            assertThat(taken.checkInCode()).isEqualTo("OWR1." + hall.id() + "." + taken.ticket().trackingCode());
            assertThat(taken.lapseAt()).isEqualTo(ZonedDateTime.of(2026, 12, 3, 16, 0, 0, 0, SHANGHAI).toInstant());
            assertThat(events(core, HallEventType.TICKET_TAKEN_REMOTELY)).singleElement()
                    .satisfies(e -> assertThat(e.get("number")).isEqualTo("C001"));

            clock.advance(Duration.ofMinutes(5));
            assertThat(walkIn(core, "social").number()).isEqualTo("C002");
            assertThat(core.state.areaQueue(hall.id(), "social").waiting()).as("boards count the walk-in only").isEqualTo(1);
            assertThat(remote.view(hall.id(), taken.ticket().trackingCode()).peopleAhead())
                    .as("its place is before the walk-in's").isZero();

            core.calling.signIn(hall.id(), "9", "clerk09");
            assertThat(core.calling.callNext(hall.id(), "9", "clerk09")).map(TicketView::number).hasValue("C002");
            core.calling.finish(hall.id(), "9", "clerk09");
            assertThat(core.calling.callNext(hall.id(), "9", "clerk09")).isEmpty();
            assertThat(remote.view(hall.id(), taken.ticket().trackingCode()).ticket().status())
                    .isEqualTo(StoredTicket.AWAITING_ARRIVAL);
        }
    }

    @Test
    void checkedInWithinTheKeepPlaceWindowItQueuesAtThePlaceItWasTakenAt() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            RemoteTicketService remote = remote(core);
            RemoteTicketView taken = take(remote, "social", client(), "10.0.0.1");
            clock.advance(Duration.ofMinutes(10));
            walkIn(core, "social");
            clock.advance(Duration.ofMinutes(50));

            RemoteTicketService.CheckedIn done = remote.checkInAtDesk(hall.id(), taken.ticket().ticketId(), "guide01");
            assertThat(done.changed()).isTrue();
            assertThat(done.ticket().status()).isEqualTo(StoredTicket.WAITING);
            assertThat(done.ticket().peopleAhead()).isZero();
            long version = core.reader.version(hall.id());
            RemoteTicketService.CheckedIn again = remote.checkInAtEntrance(hall.id(), taken.ticket().trackingCode(),
                    new RemoteCheckInRequest(entrance.current(hall.id())));
            assertThat(again.changed()).as("a second check-in is a no-op").isFalse();
            assertThat(core.reader.version(hall.id())).isEqualTo(version);
            assertThat(events(core, HallEventType.TICKET_CHECKED_IN)).singleElement().satisfies(e -> {
                assertThat(e.get("placeKept")).isEqualTo("true");
                assertThat(e.get("how")).isEqualTo("DESK");
            });

            core.calling.signIn(hall.id(), "9", "clerk09");
            assertThat(core.calling.callNext(hall.id(), "9", "clerk09")).map(TicketView::number).hasValue("C001");
            core.calling.finish(hall.id(), "9", "clerk09");
            assertThat(core.calling.callNext(hall.id(), "9", "clerk09")).map(TicketView::number).hasValue("C002");
            core.calling.finish(hall.id(), "9", "clerk09");
        }
    }

    @Test
    void checkedInLaterThanTheWindowItQueuesAsIfItArrivedThen() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            RemoteTicketService remote = remote(core);
            RemoteTicketView taken = take(remote, "social", client(), "10.0.0.1");
            clock.advance(Duration.ofMinutes(10));
            walkIn(core, "social");
            clock.advance(Duration.ofMinutes(51));

            TicketView checkedIn = remote.checkInAtKiosk(hall.id(), taken.checkInCode(), "kiosk-1").ticket();
            assertThat(checkedIn.peopleAhead()).as("behind the walk-in who came first").isEqualTo(1);
            assertThat(events(core, HallEventType.TICKET_CHECKED_IN)).singleElement()
                    .satisfies(e -> assertThat(e.get("placeKept")).isEqualTo("false"));
            core.calling.signIn(hall.id(), "9", "clerk09");
            assertThat(core.calling.callNext(hall.id(), "9", "clerk09")).map(TicketView::number).hasValue("C002");
            core.calling.finish(hall.id(), "9", "clerk09");
            assertThat(core.calling.callNext(hall.id(), "9", "clerk09")).map(TicketView::number).hasValue("C001");
            core.calling.finish(hall.id(), "9", "clerk09");
        }
    }

    @Test
    void atTheLapseTimeACheckInIsRefusedEvenBeforeTheJobRanAndTheJobLapsesOnce() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            RemoteTicketService remote = remote(core);
            RemoteTicketView kept = take(remote, "social", client(), "10.0.0.1");
            RemoteTicketView lost = take(remote, "social", client(), "10.0.0.2");
            remote.checkInAtDesk(hall.id(), kept.ticket().ticketId(), "guide01");
            assertThat(remote.lapseDue(hall.id())).as("before the time nothing lapses").isZero();

            clock.set(ZonedDateTime.of(2026, 12, 3, 16, 0, 0, 0, SHANGHAI).toInstant());
            assertThat(remote.view(hall.id(), lost.ticket().trackingCode()).ticket().status()).isEqualTo(StoredTicket.LAPSED);
            long version = core.reader.version(hall.id());
            assertThatThrownBy(() -> remote.checkInAtDesk(hall.id(), lost.ticket().ticketId(), "guide01"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("LAPSED"));
            assertThat(core.reader.version(hall.id())).isEqualTo(version);

            assertThat(remote.lapseDue(hall.id())).isEqualTo(1);
            assertThat(remote.lapseDue(hall.id())).as("idempotent").isZero();
            assertThat(core.reader.ticket(hall.id(), lost.ticket().ticketId()).orElseThrow().status())
                    .isEqualTo(StoredTicket.LAPSED);
            assertThat(core.reader.ticket(hall.id(), kept.ticket().ticketId()).orElseThrow().status())
                    .isEqualTo(StoredTicket.WAITING);
            assertThat(events(core, HallEventType.TICKET_LAPSED)).singleElement()
                    .satisfies(e -> assertThat(e.get("ticket")).isEqualTo(lost.ticket().ticketId()));
            assertThatThrownBy(() -> take(remote, "social", client(), "10.0.0.3"))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("REMOTE_CLOSED"));
        }
    }

    @Test
    void theLimitsPerAreaPerBrowserAndPerAddressHoldAndARetryGetsTheSameTicket() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            RemoteTicketService remote = remote(core);
            String phone = client();
            RemoteTakeRequest request = new RemoteTakeRequest("same-request", "social", phone);
            RemoteTicketService.Taken first = remote.take(hall.id(), request, "10.0.0.1");
            RemoteTicketService.Taken retry = remote.take(hall.id(), request, "10.0.0.1");
            assertThat(first.created()).isTrue();
            assertThat(retry.created()).isFalse();
            assertThat(retry.view().ticket().ticketId()).isEqualTo(first.view().ticket().ticketId());

            assertThatThrownBy(() -> take(remote, "estate", phone, "10.0.0.9"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("CLIENT_HOLDS_TICKET"));
            take(remote, "social", client(), "10.0.0.1");
            take(remote, "social", client(), "10.0.0.1");
            assertThatThrownBy(() -> take(remote, "social", client(), "10.0.0.1"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("ADDRESS_LIMIT"));

            take(remote, "estate", client(), "10.0.0.2");
            assertThatThrownBy(() -> take(remote, "estate", client(), "10.0.0.3"))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("REMOTE_LIMIT"));
            assertThatThrownBy(() -> take(remote, "biz", client(), "10.0.0.4"))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("REMOTE_NOT_OFFERED"));
            assertThat(remote.offer(hall.id()).areas()).extracting(RemoteOffer.AreaOffer::areaId, RemoteOffer.AreaOffer::remaining)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("estate", 0), org.assertj.core.groups.Tuple.tuple("social", 2));

            assertThatThrownBy(() -> remote.take(hall.id(), new RemoteTakeRequest("r-x", "social", "short"), "10.0.0.5"))
                    .isInstanceOf(InvalidFieldException.class);
        }
    }

    @Test
    void anEntranceCodeIsGoodInItsSlotAndTheNextOnlyAndAForgedOneChangesNothing() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            RemoteTicketService remote = remote(core);
            String code = take(remote, "social", client(), "10.0.0.1").ticket().trackingCode();
            String shown = entrance.current(hall.id());
            String forged = shown.substring(0, shown.indexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";
            String otherHall = new EntranceTokens(keys, clock).current("otherhall");
            long version = core.reader.version(hall.id());
            for (String token : List.of(forged, otherHall)) {
                assertThatThrownBy(() -> remote.checkInAtEntrance(hall.id(), code, new RemoteCheckInRequest(token)))
                        .isInstanceOfSatisfying(RefusedException.class,
                                e -> assertThat(e.code()).isEqualTo("ENTRANCE_CODE_INVALID"));
            }
            assertThatThrownBy(() -> remote.checkInAtEntrance(hall.id(), code, new RemoteCheckInRequest("not a token")))
                    .isInstanceOf(InvalidFieldException.class);
            clock.advance(Duration.ofSeconds(2 * EntranceTokens.SLOT_SECONDS));
            assertThatThrownBy(() -> remote.checkInAtEntrance(hall.id(), code, new RemoteCheckInRequest(shown)))
                    .as("a photo two slots old").isInstanceOf(RefusedException.class);
            assertThat(core.reader.version(hall.id())).isEqualTo(version);

            String previous = entrance.current(hall.id());
            clock.advance(Duration.ofSeconds(EntranceTokens.SLOT_SECONDS));
            assertThat(remote.checkInAtEntrance(hall.id(), code, new RemoteCheckInRequest(previous)).changed()).isTrue();
        }
    }

    @Test
    void aKioskRefusesAnotherHallsCodeAndAMalformedOne() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            RemoteTicketService remote = remote(core);
            String code = take(remote, "social", client(), "10.0.0.1").ticket().trackingCode();
            assertThatThrownBy(() -> remote.checkInAtKiosk(hall.id(), "OWR1.otherhall." + code, "kiosk-1"))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("REMOTE_OTHER_HALL"));
            for (String bad : List.of("OWR1.", "OWR1." + hall.id(), "OWR1." + hall.id() + ".abc", "OWA1.x")) {
                assertThatThrownBy(() -> remote.checkInAtKiosk(hall.id(), bad, "kiosk-1")).as(bad)
                        .isInstanceOf(InvalidFieldException.class);
            }
            assertThat(remote.checkInAtKiosk(hall.id(), "OWR1." + hall.id() + "." + code, "kiosk-1").changed()).isTrue();
        }
    }
}
