package org.onewindow.server.rating;

import static org.onewindow.server.ticket.PersonKeys.tokenPart;
import static org.onewindow.server.ticket.PersonKeys.tokenText;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.onewindow.server.ticket.PersonKeys;

/**
 * Rating tokens: {@code r1.<hall>.<ticket>.<window>.<clerk>.<expires>.<signature>}, each part
 * URL-safe base64, signed with the server's identity key. A token names the one service it rates;
 * nobody can make one for a service they did not receive.
 */
@Component
class RatingTokens {

    private static final String PURPOSE = "rating";

    /** What a token says. */
    record Claim(String hallId, String ticketId, String windowNo, String clerk, Instant expiresAt) {
    }

    private final PersonKeys keys;

    RatingTokens(PersonKeys keys) {
        this.keys = keys;
    }

    String issue(Claim c) {
        return keys.seal(PURPOSE, "r1." + tokenPart(c.hallId()) + "." + tokenPart(c.ticketId()) + "."
                + tokenPart(c.windowNo()) + "." + tokenPart(c.clerk()) + "." + c.expiresAt().getEpochSecond());
    }

    /** The claim of a genuine token, expired or not; empty for anything forged or malformed. */
    Optional<Claim> read(String token) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        String[] p = keys.unseal(PURPOSE, token).map(body -> body.split("\\.")).orElse(new String[0]);
        if (p.length != 6 || !p[0].equals("r1")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Claim(tokenText(p[1]), tokenText(p[2]), tokenText(p[3]), tokenText(p[4]),
                    Instant.ofEpochSecond(Long.parseLong(p[5]))));
        } catch (IllegalArgumentException | DateTimeException e) {
            // DateTimeException: an expiry beyond the range of Instant, in a body the server never seals.
            return Optional.empty();
        }
    }
}
