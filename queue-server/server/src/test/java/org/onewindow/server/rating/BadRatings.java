package org.onewindow.server.rating;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.onewindow.protocol.message.RatingSubmission;
import org.onewindow.protocol.rest.IssueTicketRequest;
import org.onewindow.server.hall.Hall;
import org.onewindow.server.hall.HallDirectory;
import org.onewindow.server.live.LiveStreams;
import org.onewindow.server.testsupport.QueueCore;
import org.onewindow.server.ticket.IdentitySettings;
import org.onewindow.server.ticket.PersonKeys;

/** Services rated 不满意 by phone, for tests of other features that need a follow-up to exist. */
public final class BadRatings {

    private final RatingTokens tokens = new RatingTokens(new PersonKeys(new IdentitySettings("test-secret"), "unused"));
    private final Clock clock;

    public BadRatings(Clock clock) {
        this.clock = clock;
    }

    /** The ratings of a core, with the tokens these ratings are signed with. */
    public RatingService ratings(QueueCore core, Hall hall) {
        return new RatingService(tokens, new HallDirectory(List.of(hall)), core.reader, core.pool, core.scripts, new LiveStreams(),
                clock);
    }

    /** A service finished at window 1 of the hall's area "biz" and rated badly; returns its ticket id, the follow-up's id. */
    public String ratedBadly(QueueCore core, RatingService ratings, Hall hall) {
        String ticket = core.tickets.issue(hall.id(), new IssueTicketRequest(UUID.randomUUID().toString(), "biz", null,
                null, null, null), "kiosk-1").ticket().ticketId();
        core.calling.signIn(hall.id(), "1", "clerk01");
        core.calling.callNext(hall.id(), "1", "clerk01").orElseThrow();
        core.calling.finish(hall.id(), "1", "clerk01");
        String token = tokens.issue(new RatingTokens.Claim(hall.id(), ticket, "1", clock.instant().plus(Duration.ofHours(1))));
        ratings.submit(token, new RatingSubmission(token, "DISSATISFIED", List.of("LONG_WAIT"), "", ""), "PHONE");
        return ticket;
    }
}
