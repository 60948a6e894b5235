package org.onewindow.server.terminal;

import static org.onewindow.server.ticket.PersonKeys.tokenPart;
import static org.onewindow.server.ticket.PersonKeys.tokenText;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.onewindow.server.ticket.PersonKeys;

/**
 * Locker pickup tokens: {@code lk2.<hall>.<terminal>.<case>.<slot>.<expires>.<signature>}, signed
 * with the server's identity key. A token only lets the terminal it was given to record that one
 * case was collected from that one slot; it carries no personal data. Tokens of the earlier form
 * ({@code lk1}, naming no terminal) are no longer accepted.
 */
@Component
class PickupGrants {

    /** Long enough for a terminal that lost its broker to send the record again after days. */
    static final Duration VALID = Duration.ofDays(30);
    private static final String PURPOSE = "locker-pickup";

    /** What a token says. */
    record Grant(String hallId, String deviceId, String caseNo, int slot, Instant expiresAt) {
    }

    private final PersonKeys keys;
    private final Clock clock;

    PickupGrants(PersonKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    String issue(String hallId, String deviceId, String caseNo, int slot) {
        return keys.seal(PURPOSE, "lk2." + tokenPart(hallId) + "." + tokenPart(deviceId) + "." + tokenPart(caseNo) + "." + slot + "."
                + clock.instant().plus(VALID).getEpochSecond());
    }

    /** The grant of a genuine, unexpired token; empty for anything else. */
    Optional<Grant> read(String token) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        String[] p = keys.unseal(PURPOSE, token).map(body -> body.split("\\.")).orElse(new String[0]);
        if (p.length != 6 || !p[0].equals("lk2")) {
            return Optional.empty();
        }
        try {
            Grant grant = new Grant(tokenText(p[1]), tokenText(p[2]), tokenText(p[3]), Integer.parseInt(p[4]),
                    Instant.ofEpochSecond(Long.parseLong(p[5])));
            return clock.instant().isBefore(grant.expiresAt()) ? Optional.of(grant) : Optional.empty();
        } catch (IllegalArgumentException | DateTimeException e) {
            // DateTimeException: an expiry beyond the range of Instant, in a body the server never seals.
            return Optional.empty();
        }
    }
}
