package org.onewindow.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.protocol.testsupport.MutableClock;
import org.onewindow.server.events.HallEvent;
import org.onewindow.server.events.HallEventType;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.live.LiveStreams;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.testsupport.TestHalls;
import org.onewindow.server.ticket.IdentitySettings;
import org.onewindow.server.ticket.PersonKeys;

/**
 * A rating token leaves the hall on a citizen's phone and is signed, not encrypted: whoever holds
 * it can read it. It names no staff account, yet the rating still names the clerk who served.
 */
class RatingTokenNamesNoStaffTest {

    private static final String CLERK = "clerk07";

    private final MutableClock clock = new MutableClock(
            ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
    private final Hall hall = TestHalls.small();
    private final PersonKeys keys = new PersonKeys(new IdentitySettings("test-secret"), "unused");

    @Test
    void noPartOfAFreshTokenNamesTheClerkYetTheRatingDoes() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            RatingService ratings = ratings(core);
            String ticket = servedBy(core, CLERK);

            String token = ratings.requestFor(FinishedService.of(finished(ticket))).token();

            assertThat(Arrays.stream(token.split("\\.")).map(RatingTokenNamesNoStaffTest::decoded))
                    .as("the parts of %s, decoded", token)
                    .noneMatch(part -> part.contains(CLERK))
                    .noneMatch(part -> part.contains("clerk"));
            assertThat(token).doesNotContain(CLERK);
            assertThat(ratings.submit(token, new RatingSubmission(token, "SATISFIED", List.of(), "", ""), "PHONE").clerk())
                    .isEqualTo(CLERK);
        }
    }

    @Test
    void aTokenOfTheEarlierFormatStillRatesItsServiceWithinItsDay() {
        try (QueueCore core = QueueCore.on("embedded", clock, hall)) {
            RatingService ratings = ratings(core);
            String ticket = servedBy(core, CLERK);
            long expires = clock.instant().plus(RatingService.TOKEN_VALID).getEpochSecond();
            String earlier = keys.seal("rating", "r1." + PersonKeys.tokenPart(hall.id()) + "." + PersonKeys.tokenPart(ticket)
                    + "." + PersonKeys.tokenPart("1") + "." + PersonKeys.tokenPart(CLERK) + "." + expires);

            assertThat(ratings.submit(earlier, new RatingSubmission(earlier, "BASIC", List.of(), "", ""), "PHONE"))
                    .satisfies(r -> {
                        assertThat(r.ticketId()).isEqualTo(ticket);
                        assertThat(r.windowNo()).isEqualTo("1");
                        assertThat(r.clerk()).isEqualTo(CLERK);
                    });
        }
    }

    private RatingService ratings(QueueCore core) {
        return new RatingService(new RatingTokens(keys), new HallDirectory(List.of(hall)), core.reader, core.pool,
                core.scripts, new LiveStreams(), clock);
    }

    private String servedBy(QueueCore core, String clerk) {
        String ticket = core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), "biz", null,
                null, null, null), "kiosk-1").ticket().ticketId();
        core.calling.signIn(hall.id(), "1", clerk);
        core.calling.callNext(hall.id(), "1", clerk).orElseThrow();
        core.calling.finish(hall.id(), "1", clerk);
        return ticket;
    }

    private HallEvent finished(String ticket) {
        return new HallEvent("1-0", hall.id(), 1, HallEventType.TICKET_FINISHED, clock.instant(),
                Map.of("ticket", ticket, "number", "A001", "area", "biz", "window", "1", "actor", CLERK));
    }

    /** A token part as text when it is base64 of text, else as it stands. */
    private static String decoded(String part) {
        try {
            return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return part;
        }
    }
}
