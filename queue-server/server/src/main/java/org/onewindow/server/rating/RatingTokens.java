package org.onewindow.server.rating;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
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
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /** What a token says. */
    record Claim(String hallId, String ticketId, String windowNo, String clerk, Instant expiresAt) {
    }

    private final PersonKeys keys;

    RatingTokens(PersonKeys keys) {
        this.keys = keys;
    }

    String issue(Claim c) {
        String body = "r1." + part(c.hallId()) + "." + part(c.ticketId()) + "." + part(c.windowNo()) + "."
                + part(c.clerk()) + "." + c.expiresAt().getEpochSecond();
        return body + "." + B64.encodeToString(signature(body));
    }

    /** The claim of a genuine token, expired or not; empty for anything forged or malformed. */
    Optional<Claim> read(String token) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 7 || !parts[0].equals("r1")) {
            return Optional.empty();
        }
        try {
            String body = token.substring(0, token.lastIndexOf('.'));
            if (!MessageDigest.isEqual(signature(body), B64D.decode(parts[6]))) {
                return Optional.empty();
            }
            return Optional.of(new Claim(text(parts[1]), text(parts[2]), text(parts[3]), text(parts[4]),
                    Instant.ofEpochSecond(Long.parseLong(parts[5]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** 128 bits of the HMAC: short enough for a QR code, far beyond guessing. */
    private byte[] signature(String body) {
        return Arrays.copyOf(keys.sign(PURPOSE, body), 16);
    }

    private static String part(String s) {
        return B64.encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String part) {
        return new String(B64D.decode(part), StandardCharsets.UTF_8);
    }
}
