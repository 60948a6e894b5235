package org.onewindow.server.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.onewindow.protocol.message.RatingRequest;
import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.protocol.rest.Identity;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.error.ConflictException;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.live.LiveStreams;
import org.onewindow.server.redis.HallKeys;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.ticket.IdentitySettings;
import org.onewindow.server.ticket.PersonKeys;


/** A service offered for rating at the terminals, and rated once, on a real Redis. */
class RatingRecordingTest {

    private final MutableClock clock = new MutableClock(
            ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
    private final Hall hall = TestHalls.small();

    @ParameterizedTest
    @MethodSource("org.onewindow.server.testsupport.TestRedis#servers")
    void aServiceIsOfferedToItsPersonWhileTheTokenLastsAndABadRatingOpensItsFollowUpOnce(String redis) {
        try (QueueCore core = QueueCore.on(redis, clock, hall)) {
            RatingService ratings = new RatingService(new RatingTokens(new PersonKeys(new IdentitySettings("test-secret"),
                    "unused")), new HallDirectory(List.of(hall)), core.reader, core.pool, core.scripts, new LiveStreams(), clock);
            String ticket = core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), "biz", null,
                    new Identity("622901197511200050", "赵强"), null, null), "kiosk-1").ticket().ticketId();
            core.calling.signIn(hall.id(), "1", "clerk01");
            core.calling.callNext(hall.id(), "1", "clerk01").orElseThrow();
            core.calling.finish(hall.id(), "1", "clerk01");
            HallEvent finished = new HallEvent("1-0", hall.id(), 1, HallEventType.TICKET_FINISHED, clock.instant(),
                    Map.of("ticket", ticket, "number", "A001", "area", "biz", "window", "1", "actor", "clerk01"));
            RatingRequest request = ratings.requestFor(FinishedService.of(finished));

            ratings.offerAtTerminals(FinishedService.of(finished));
            String person = core.reader.ticket(hall.id(), ticket).orElseThrow().person();
            assertThat(ratings.rateableBy(hall.id(), person)).singleElement()
                    .satisfies(r -> assertThat(r.rated()).isFalse());
            assertThat(core.pool.ttl(HallKeys.of(hall.id()).rateableBy(person)))
                    .isBetween(RatingService.TOKEN_VALID.toSeconds() - 60, RatingService.TOKEN_VALID.toSeconds());

            RatingSubmission bad = new RatingSubmission(request.token(), "VERY_DISSATISFIED", List.of("ATTITUDE"), "", "");
            ratings.submitAtTerminal(hall.id(), person, ticket, bad);
            assertThatThrownBy(() -> ratings.submit(request.token(), new RatingSubmission(request.token(), "SATISFIED",
                    List.of(), "", ""), "PHONE")).isInstanceOfSatisfying(ConflictException.class,
                    e -> assertThat(e.code()).isEqualTo("ALREADY_RATED"));

            assertThat(ratings.ofDay(hall.id(), clock.instant().atZone(hall.timeZone()).toLocalDate())).singleElement()
                    .satisfies(r -> assertThat(r.level()).isEqualTo("VERY_DISSATISFIED"));
            assertThat(ratings.followUps(hall.id())).singleElement()
                    .satisfies(f -> assertThat(f.status()).isEqualTo("OPEN"));
            assertThat(ratings.rateableBy(hall.id(), person)).singleElement()
                    .satisfies(r -> assertThat(r.rated()).isTrue());
        }
    }
}
