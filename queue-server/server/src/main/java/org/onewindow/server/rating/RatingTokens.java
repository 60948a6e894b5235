package org.onewindow.server.rating;

import static org.onewindow.server.ticket.PersonKeys.tokenPart;
import static org.onewindow.server.ticket.PersonKeys.tokenText;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.onewindow.server.ticket.PersonKeys;

/**
 * Rating tokens: {@code r2.<hall>.<ticket>.<window>.<expires>.<signature>}, each part URL-safe
 * base64, signed with the server's identity key. A token names the one service it rates; nobody
 * can make one for a service they did not receive. It is signed, not encrypted, and a citizen
 * carries it away on a phone, so it names no staff account: the rating takes its clerk from the
 * ticket. Tokens of the earlier format {@code r1.<hall>.<ticket>.<window>.<clerk>.<expires>} are
 * still read, so that links handed out before an upgrade keep working for their 24 hours.
 */
@Component
class RatingTokens {

    private static final String PURPOSE = "rating";

    /**
     * What a token says. {@code earlierClerk} is the clerk an {@code r1} token named, empty for every
     * token issued now.
     */
    record Claim(String hallId, String ticketId, String windowNo, Instant expiresAt, String earlierClerk) {

        Claim(String hallId, String ticketId, String windowNo, Instant expiresAt) {
            this(hallId, ticketId, windowNo, expiresAt, "");
        }
    }

    private final PersonKeys keys;

    RatingTokens(PersonKeys keys) {
        this.keys = keys;
    }

    /** A token of the current format; the claim's {@code earlierClerk} is not part of it. */
    String issue(Claim c) {
        return keys.seal(PURPOSE, "r2." + tokenPart(c.hallId()) + "." + tokenPart(c.ticketId()) + "."
                + tokenPart(c.windowNo()) + "." + c.expiresAt().getEpochSecond());
    }

    /** The claim of a genuine token, expired or not; empty for anything forged or malformed. */
    Optional<Claim> read(String token) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        String[] p = keys.unseal(PURPOSE, token).map(body -> body.split("\\.")).orElse(new String[0]);
        try {
            if (p.length == 5 && p[0].equals("r2")) {
                return Optional.of(new Claim(tokenText(p[1]), tokenText(p[2]), tokenText(p[3]), expiry(p[4])));
            }
            if (p.length == 6 && p[0].equals("r1")) {
                return Optional.of(new Claim(tokenText(p[1]), tokenText(p[2]), tokenText(p[3]), expiry(p[5]),
                        tokenText(p[4])));
            }
            return Optional.empty();
        } catch (IllegalArgumentException | DateTimeException e) {
            // DateTimeException: an expiry beyond the range of Instant, in a body the server never seals.
            return Optional.empty();
        }
    }

    private static Instant expiry(String part) {
        return Instant.ofEpochSecond(Long.parseLong(part));
    }
}
