package org.onewindow.server.terminal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.onewindow.server.ticket.PersonKeys;

/**
 * Locker pickup tokens: {@code lk1.<hall>.<case>.<slot>.<expires>.<signature>}, signed with the
 * server's identity key. A token only lets its terminal record that one case was collected from
 * that one slot; it carries no personal data.
 */
@Component
class PickupGrants {

    /** Long enough for a terminal that lost its broker to send the record again after days. */
    static final Duration VALID = Duration.ofDays(30);
    private static final String PURPOSE = "locker-pickup";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /** What a token says. */
    record Grant(String hallId, String caseNo, int slot, Instant expiresAt) {
    }

    private final PersonKeys keys;
    private final Clock clock;

    PickupGrants(PersonKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    String issue(String hallId, String caseNo, int slot) {
        String body = "lk1." + B64.encodeToString(hallId.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(caseNo.getBytes(StandardCharsets.UTF_8)) + "." + slot + "."
                + clock.instant().plus(VALID).getEpochSecond();
        return body + "." + B64.encodeToString(signature(body));
    }

    /** The grant of a genuine, unexpired token; empty for anything else. */
    Optional<Grant> read(String token) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 6 || !parts[0].equals("lk1")) {
            return Optional.empty();
        }
        try {
            String body = token.substring(0, token.lastIndexOf('.'));
            if (!MessageDigest.isEqual(signature(body), B64D.decode(parts[5]))) {
                return Optional.empty();
            }
            Grant grant = new Grant(new String(B64D.decode(parts[1]), StandardCharsets.UTF_8),
                    new String(B64D.decode(parts[2]), StandardCharsets.UTF_8), Integer.parseInt(parts[3]),
                    Instant.ofEpochSecond(Long.parseLong(parts[4])));
            return clock.instant().isBefore(grant.expiresAt()) ? Optional.of(grant) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] signature(String body) {
        return Arrays.copyOf(keys.sign(PURPOSE, body), 16);
    }
}
